-- Add customer email
--
-- Revision ID: s2
-- Revises: s1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);

-- migrate:downgrade
ALTER TABLE customers DROP COLUMN email;
