-- Create customers
--
-- Revision ID: dl1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, fax VARCHAR(30));
INSERT INTO customers (id, name, fax) VALUES (1, 'Ann', '555-0100');

-- migrate:downgrade
DROP TABLE customers;
