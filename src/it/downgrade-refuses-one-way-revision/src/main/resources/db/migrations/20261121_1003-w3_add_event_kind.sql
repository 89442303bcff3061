-- Add event kind
--
-- Revision ID: w3
-- Revises: w2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE events ADD COLUMN kind VARCHAR(20);

-- migrate:downgrade
ALTER TABLE events DROP COLUMN kind;
