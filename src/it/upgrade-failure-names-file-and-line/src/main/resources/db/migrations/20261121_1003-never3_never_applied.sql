-- Never applied
--
-- Revision ID: never3
-- Revises: bad2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE never_created (id INTEGER);

-- migrate:downgrade
DROP TABLE never_created;
