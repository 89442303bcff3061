-- Create good
--
-- Revision ID: good1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE good (id INTEGER);

-- migrate:downgrade
DROP TABLE good;
