-- Create tags
--
-- Revision ID: aa11
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE tags (id INTEGER PRIMARY KEY, name VARCHAR(50));

-- migrate:downgrade
DROP TABLE tags;
