-- Create shelves
--
-- Revision ID: rp1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
-- shelves hold bins
CREATE TABLE shelves (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE shelves;
