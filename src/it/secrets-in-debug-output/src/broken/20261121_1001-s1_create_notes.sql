-- Create notes
--
-- Revision ID: s1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100));

-- migrate:downgrade
DROP TABLE notes;
