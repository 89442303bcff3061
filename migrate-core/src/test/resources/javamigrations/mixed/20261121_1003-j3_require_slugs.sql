-- Require slugs
--
-- Revision ID: j3
-- Revises: j2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE books ADD CONSTRAINT books_slug_present CHECK (slug IS NOT NULL);

-- migrate:downgrade
ALTER TABLE books DROP CONSTRAINT books_slug_present;
