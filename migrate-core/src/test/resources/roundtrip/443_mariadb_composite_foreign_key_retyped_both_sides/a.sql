-- dialects: mariadb
CREATE TABLE warehouses (region CHAR(2) NOT NULL, code SMALLINT NOT NULL, PRIMARY KEY (region, code));

CREATE TABLE stock (id INT NOT NULL PRIMARY KEY, region CHAR(2) NOT NULL, code SMALLINT NOT NULL,
    KEY stock_warehouse_idx (region, code),
    CONSTRAINT stock_warehouse_fk FOREIGN KEY (region, code) REFERENCES warehouses (region, code) ON DELETE CASCADE);

CREATE TABLE transfers (id INT NOT NULL PRIMARY KEY, region CHAR(2) NOT NULL, code SMALLINT NOT NULL,
    CONSTRAINT transfers_warehouse_fk FOREIGN KEY (region, code) REFERENCES warehouses (region, code));
