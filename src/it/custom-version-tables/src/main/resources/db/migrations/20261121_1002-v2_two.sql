-- Two
--
-- Revision ID: v2
-- Revises: v1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE two (id INT);

-- migrate:downgrade
DROP TABLE two;
