-- Create authors and books
--
-- Revision ID: c331fa20f20f
-- Revises:
-- Create Date: 2026-11-21 09:00:00

-- The shop opens with a few books on the shelf, so the rows go in with the tables.

-- migrate:upgrade
CREATE TABLE authors (
    id   INTEGER PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE books (
    id          INTEGER PRIMARY KEY,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    title       VARCHAR(300) NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);

INSERT INTO authors (id, name) VALUES
    (1, 'Ursula K. Le Guin'),
    (2, 'Terry Pratchett'),
    (3, 'Octavia E. Butler');

INSERT INTO books (id, author_id, title, price_cents) VALUES
    (1, 1, 'The Dispossessed', 1299),
    (2, 2, 'Small Gods', 999),
    (3, 3, 'Kindred', 1150),
    (4, 2, 'Going Postal; a Discworld novel', 1099);

-- migrate:downgrade
DROP TABLE books;
DROP TABLE authors;
