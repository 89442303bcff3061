-- Drop ISBN
--
-- Revision ID: 2b9f8e7d6c51
-- Revises: 8d0b6e4c1a27
-- Create Date: 2026-11-21 10:30:00

-- migrate:upgrade
ALTER TABLE books DROP COLUMN isbn;

-- migrate:downgrade
ALTER TABLE books ADD COLUMN isbn VARCHAR(20);
