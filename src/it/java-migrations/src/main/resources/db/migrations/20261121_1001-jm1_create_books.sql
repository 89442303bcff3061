-- Create books
--
-- Revision ID: jm1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE books (id INTEGER PRIMARY KEY, title VARCHAR(200) NOT NULL, slug VARCHAR(200));
INSERT INTO books (id, title) VALUES (1, 'The Dispossessed'), (2, 'Small Gods');

-- migrate:downgrade
DROP TABLE books;
