-- change: the named primary key goes away, the column stays NOT NULL
CREATE TABLE import_rows (
    id INT NOT NULL,
    payload VARCHAR(1000)
);
