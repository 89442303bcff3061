-- change: a table that a foreign key and a view reference is renamed (hinted); both follow it
CREATE TABLE authors ( -- migrate:renamed-from writers
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE books (
    id INT NOT NULL PRIMARY KEY,
    writer_id INT NOT NULL,
    CONSTRAINT books_writer_fk FOREIGN KEY (writer_id) REFERENCES authors (id)
);

CREATE VIEW books_by_writer AS
SELECT w.name, b.id FROM books b JOIN authors w ON w.id = b.writer_id;
