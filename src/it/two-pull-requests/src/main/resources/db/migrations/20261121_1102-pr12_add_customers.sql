-- Add customers
--
-- Revision ID: pr12
-- Revises: base01
-- Create Date: 2026-11-21 11:02:00

-- migrate:upgrade
CREATE TABLE customers (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);

-- migrate:downgrade
DROP TABLE customers;
