-- Create orders
--
-- Revision ID: a1
-- Revises: s1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customers (id));

-- migrate:downgrade
DROP TABLE orders;
