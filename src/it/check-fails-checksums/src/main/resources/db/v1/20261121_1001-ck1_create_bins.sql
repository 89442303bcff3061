-- Create bins
--
-- Revision ID: ck1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE bins (id INTEGER PRIMARY KEY,
    label VARCHAR(40));

-- migrate:downgrade
DROP TABLE bins;
