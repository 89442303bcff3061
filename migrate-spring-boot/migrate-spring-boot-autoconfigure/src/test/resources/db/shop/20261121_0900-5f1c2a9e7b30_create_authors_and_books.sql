-- Create authors and books
--
-- Revision ID: 5f1c2a9e7b30
-- Revises:
-- Create Date: 2026-11-21 09:00:00

-- migrate:upgrade
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE books (
    id          INTEGER PRIMARY KEY,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    title       VARCHAR(300) NOT NULL,
    price_cents INTEGER NOT NULL
);

INSERT INTO authors (id, name) VALUES (1, 'Ursula K. Le Guin'), (2, 'Terry Pratchett');
INSERT INTO books (id, author_id, title, price_cents) VALUES
    (1, 1, 'The Dispossessed', 1299),
    (2, 2, 'Small Gods', 999);

-- migrate:downgrade
DROP TABLE books;
DROP TABLE authors;
