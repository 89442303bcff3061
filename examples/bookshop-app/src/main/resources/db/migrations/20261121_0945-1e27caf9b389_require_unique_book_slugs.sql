-- Require unique book slugs
--
-- Revision ID: 1e27caf9b389
-- Revises: 9e3b7c1dc926
-- Create Date: 2026-11-21 09:45:00

-- migrate:upgrade
ALTER TABLE books ALTER COLUMN slug SET NOT NULL;
CREATE UNIQUE INDEX books_slug_key ON books (slug);

-- migrate:downgrade
DROP INDEX books_slug_key;
ALTER TABLE books ALTER COLUMN slug DROP NOT NULL;
