-- Create products
--
-- Revision ID: aaa111
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE products (sku VARCHAR(20) PRIMARY KEY);

-- migrate:downgrade
DROP TABLE products;
