-- Add ISBN to books
--
-- Revision ID: 8d0b6e4c1a27
-- Revises: 5f1c2a9e7b30
-- Create Date: 2026-11-21 09:15:00

-- migrate:upgrade
ALTER TABLE books ADD COLUMN isbn VARCHAR(20);
UPDATE books SET isbn = '978-0060512750' WHERE id = 1;

-- migrate:downgrade
ALTER TABLE books DROP COLUMN isbn;
