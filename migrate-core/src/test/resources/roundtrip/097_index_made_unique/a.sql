CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL
);

CREATE INDEX products_sku_idx ON products (sku);
