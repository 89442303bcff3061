-- One
--
-- Revision ID: v1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE one (id INT);

-- migrate:downgrade
DROP TABLE one;
