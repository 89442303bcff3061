-- Add item price
--
-- Revision ID: h2b
-- Revises: h1
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE items ADD COLUMN price INTEGER;

-- migrate:downgrade
ALTER TABLE items DROP COLUMN price;
