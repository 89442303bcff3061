CREATE TABLE prices (
    id INT NOT NULL PRIMARY KEY,
    amount NUMERIC(8, 2) NOT NULL,
    tax_rate NUMERIC(5, 4) NOT NULL,
    exchange_rate NUMERIC(12, 6)
);
