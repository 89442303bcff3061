-- Drop fax
--
-- Revision ID: dl3
-- Revises: dl2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE customers DROP COLUMN fax;

-- migrate:downgrade
ALTER TABLE customers ADD COLUMN fax VARCHAR(30);
