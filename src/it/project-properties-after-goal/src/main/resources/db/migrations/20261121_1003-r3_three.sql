-- Three
--
-- Revision ID: r3
-- Revises: r2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE table_r3 (id INT);

-- migrate:downgrade
DROP TABLE table_r3;
