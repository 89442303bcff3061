-- Create orders
--
-- Revision ID: k2
-- Revises: k1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));

-- migrate:downgrade
DROP TABLE orders;
