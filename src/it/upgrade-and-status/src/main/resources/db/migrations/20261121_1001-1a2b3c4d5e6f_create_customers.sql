-- Create customers
--
-- Revision ID: 1a2b3c4d5e6f
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE);

-- migrate:downgrade
DROP TABLE customers;
