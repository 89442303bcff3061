-- Drop orders
--
-- Revision ID: k3
-- Revises: k2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
DROP TABLE orders;

-- migrate:downgrade
CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id));
