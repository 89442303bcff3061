-- Add note
--
-- Revision ID: k3
-- Revises: k2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN note VARCHAR(100);

-- migrate:downgrade
SELECT 1;
