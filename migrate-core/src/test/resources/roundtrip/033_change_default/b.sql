-- change: every default changes value
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL DEFAULT 'new',
    stock INT NOT NULL DEFAULT 10,
    vat_rate NUMERIC(4, 2) NOT NULL DEFAULT 7.00
);
