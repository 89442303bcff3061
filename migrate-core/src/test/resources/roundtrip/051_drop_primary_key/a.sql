CREATE TABLE import_rows (
    id INT NOT NULL,
    payload VARCHAR(1000),
    CONSTRAINT import_rows_pk PRIMARY KEY (id)
);
