-- change: a foreign key that references a unique constraint, not a primary key
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL,
    CONSTRAINT products_sku_uq UNIQUE (sku)
);

CREATE TABLE price_list (
    sku VARCHAR(40) NOT NULL PRIMARY KEY,
    price NUMERIC(10, 2) NOT NULL,
    CONSTRAINT price_list_sku_fk FOREIGN KEY (sku) REFERENCES products (sku)
);
