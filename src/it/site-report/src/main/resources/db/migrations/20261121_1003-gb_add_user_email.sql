-- Add user email
--
-- Revision ID: gb
-- Revises: g1
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email VARCHAR(50);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
