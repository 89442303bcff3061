-- Create books
--
-- Revision ID: j1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE books (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, slug VARCHAR(200));
INSERT INTO books (id, title) VALUES (1, 'The Left Hand of Darkness'), (2, 'Small Gods'), (3, 'Dune');

-- migrate:downgrade
DROP TABLE books;
