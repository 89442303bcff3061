-- Add note author
--
-- Revision ID: r3
-- Revises: r2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE notes ADD COLUMN author VARCHAR(100);

-- migrate:downgrade
ALTER TABLE notes DROP COLUMN author;
