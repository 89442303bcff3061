-- Create authors and books
--
-- Revision ID: 5b1e0c3a9d20
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
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);

-- migrate:downgrade
DROP TABLE books;
DROP TABLE authors;
