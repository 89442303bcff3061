-- change: more precision for amount, more scale for tax_rate, less scale for exchange_rate
CREATE TABLE prices (
    id INT NOT NULL PRIMARY KEY,
    amount NUMERIC(14, 2) NOT NULL,
    tax_rate NUMERIC(6, 5) NOT NULL,
    exchange_rate NUMERIC(12, 4)
);
