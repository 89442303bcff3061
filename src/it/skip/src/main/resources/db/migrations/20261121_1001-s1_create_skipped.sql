-- Create skipped
--
-- Revision ID: s1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE skipped (id INTEGER);

-- migrate:downgrade
DROP TABLE skipped;
