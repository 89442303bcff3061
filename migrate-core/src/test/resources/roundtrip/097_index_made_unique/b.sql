-- change: the same-named index becomes unique
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL
);

CREATE UNIQUE INDEX products_sku_idx ON products (sku);
