-- Add product name
--
-- Revision ID: bbb222
-- Revises: aaa111
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
ALTER TABLE products ADD COLUMN name VARCHAR(100);

-- migrate:downgrade
ALTER TABLE products DROP COLUMN name;
