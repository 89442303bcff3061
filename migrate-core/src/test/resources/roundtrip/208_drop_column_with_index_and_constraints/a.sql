CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    sku VARCHAR(40) NOT NULL,
    legacy_code VARCHAR(20) NOT NULL,
    CONSTRAINT products_legacy_uq UNIQUE (legacy_code),
    CONSTRAINT products_legacy_ck CHECK (legacy_code <> '')
);

CREATE INDEX products_sku_legacy_idx ON products (sku, legacy_code);
