CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(20) NOT NULL,
    CONSTRAINT products_sku_uq UNIQUE (sku)
);

CREATE TABLE stock_moves (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(20) NOT NULL,
    CONSTRAINT stock_moves_sku_fk FOREIGN KEY (sku) REFERENCES products (sku)
);

CREATE INDEX stock_moves_sku_idx ON stock_moves (sku);
