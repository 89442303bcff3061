-- change: the second column of a composite key widens in the table and in both tables whose foreign keys use it
CREATE TABLE warehouses (region CHAR(2) NOT NULL, code INT NOT NULL, PRIMARY KEY (region, code));

CREATE TABLE stock (id INT NOT NULL PRIMARY KEY, region CHAR(2) NOT NULL, code INT NOT NULL,
    KEY stock_warehouse_idx (region, code),
    CONSTRAINT stock_warehouse_fk FOREIGN KEY (region, code) REFERENCES warehouses (region, code) ON DELETE CASCADE);

CREATE TABLE transfers (id INT NOT NULL PRIMARY KEY, region CHAR(2) NOT NULL, code INT NOT NULL,
    CONSTRAINT transfers_warehouse_fk FOREIGN KEY (region, code) REFERENCES warehouses (region, code));
