-- Two
--
-- Revision ID: r2
-- Revises: r1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE table_r2 (id INT);

-- migrate:downgrade
DROP TABLE table_r2;
