CREATE TABLE authors (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE books (
    id INT NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    author_id INT,
    CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id)
);
