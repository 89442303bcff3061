-- One
--
-- Revision ID: r1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE table_r1 (id INT);

-- migrate:downgrade
DROP TABLE table_r1;
