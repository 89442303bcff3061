-- change: body becomes unbounded text (on H2 TEXT is CHARACTER VARYING without a length)
CREATE TABLE reviews (
    id INT NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    body TEXT
);
