-- Create customers
--
-- Revision ID: s1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40));

-- migrate:downgrade
DROP TABLE customers;
