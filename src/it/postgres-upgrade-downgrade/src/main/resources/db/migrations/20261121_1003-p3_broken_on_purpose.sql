-- Broken on purpose
--
-- Revision ID: p3
-- Revises: p2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE p3_table (id INTEGER);
INSERT INTO items (kind, title) VALUES ('scroll', 'not a kind');

-- migrate:downgrade
DROP TABLE p3_table;
