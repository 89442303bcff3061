-- Add user name
--
-- Revision ID: ga
-- Revises: g1
-- Create Date: 2026-11-21 10:02:00
-- Branch Labels: names

-- migrate:upgrade
ALTER TABLE users ADD COLUMN name VARCHAR(50);

-- migrate:downgrade
ALTER TABLE users DROP COLUMN name;
