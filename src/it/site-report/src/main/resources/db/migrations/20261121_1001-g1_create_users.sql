-- Create users
--
-- Revision ID: g1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE users (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE users;
