-- Create items
--
-- Revision ID: h1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE items (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE items;
