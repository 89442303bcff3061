-- Add notes
--
-- Revision ID: dl2
-- Revises: dl1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
ALTER TABLE customers ADD COLUMN notes VARCHAR(500);

-- migrate:downgrade
ALTER TABLE customers DROP COLUMN notes;
