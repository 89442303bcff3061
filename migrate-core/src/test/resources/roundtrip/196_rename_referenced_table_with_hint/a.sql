CREATE TABLE writers (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE books (
    id INT NOT NULL PRIMARY KEY,
    writer_id INT NOT NULL,
    CONSTRAINT books_writer_fk FOREIGN KEY (writer_id) REFERENCES writers (id)
);

CREATE VIEW books_by_writer AS
SELECT w.name, b.id FROM books b JOIN writers w ON w.id = b.writer_id;
