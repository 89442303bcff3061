-- Create customers
--
-- Revision ID: s1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100));
INSERT INTO customers (id, name) VALUES (1, 'seeded by s1');

-- migrate:downgrade
DROP TABLE customers;
