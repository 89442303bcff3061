-- Add item name
--
-- Revision ID: h2a
-- Revises: h1
-- Create Date: 2026-11-21 10:02:00
-- Branch Labels: naming

-- migrate:upgrade
ALTER TABLE items ADD COLUMN name VARCHAR(50);

-- migrate:downgrade
ALTER TABLE items DROP COLUMN name;
