-- Create customers
--
-- Revision ID: c0ffee000001
-- Revises:
-- Create Date: 2026-11-21 09:00:00

-- migrate:upgrade
CREATE TABLE customers (
    id BIGINT PRIMARY KEY,
    mail VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE customers;
