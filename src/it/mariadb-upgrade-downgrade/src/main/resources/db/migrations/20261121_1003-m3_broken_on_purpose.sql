-- Broken on purpose
--
-- Revision ID: m3
-- Revises: m2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE m3_table (id INTEGER);
INSERT INTO nowhere (id) VALUES (1);

-- migrate:downgrade
DROP TABLE m3_table;
