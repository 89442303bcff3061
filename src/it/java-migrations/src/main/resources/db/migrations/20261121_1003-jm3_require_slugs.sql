-- Require slugs
--
-- Revision ID: jm3
-- Revises: jm2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE books ALTER COLUMN slug SET NOT NULL;

-- migrate:downgrade
ALTER TABLE books ALTER COLUMN slug DROP NOT NULL;
