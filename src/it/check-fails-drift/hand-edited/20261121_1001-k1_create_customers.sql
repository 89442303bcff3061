-- Create customers
--
-- Revision ID: k1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(200) NOT NULL, phone VARCHAR(30));

-- migrate:downgrade
DROP TABLE customers;
