-- Customers
--
-- Revision ID: f1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE customers;
