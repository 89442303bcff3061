-- change: only the archive copy of orders changes (a column and an index)
CREATE SCHEMA archive;

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    total NUMERIC(12, 2) NOT NULL
);

CREATE TABLE archive.orders (
    id INT NOT NULL PRIMARY KEY,
    total NUMERIC(12, 2) NOT NULL,
    archived_on DATE NOT NULL DEFAULT CURRENT_DATE
);

CREATE INDEX orders_archived_idx ON archive.orders (archived_on);
