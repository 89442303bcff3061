-- Create orders
--
-- Revision ID: s3
-- Revises: s2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER);

-- migrate:downgrade
DROP TABLE orders;
