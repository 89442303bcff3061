-- Create orders
--
-- Revision ID: base01
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER NOT NULL);

-- migrate:downgrade
DROP TABLE orders;
