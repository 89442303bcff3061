-- Add tag colour
--
-- Revision ID: 0a0a0a0a0a03
-- Revises: 0a0a0a0a0a02
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE tags ADD COLUMN colour VARCHAR(7) DEFAULT '#cccccc';

-- migrate:downgrade
ALTER TABLE tags DROP COLUMN colour;
