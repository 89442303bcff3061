-- Add ISBN to books
--
-- Revision ID: 8c4f2d7e1a6b
-- Revises: 5b1e0c3a9d20
-- Create Date: 2026-11-21 09:15:00

-- migrate:upgrade
ALTER TABLE books ADD COLUMN isbn VARCHAR(17);
CREATE UNIQUE INDEX books_isbn_key ON books (isbn);

-- migrate:downgrade
DROP INDEX books_isbn_key;
ALTER TABLE books DROP COLUMN isbn;
