-- Create customers
--
-- Revision ID: c0ffee000019
-- Revises:
-- Create Date: 2026-12-03 09:00:00

-- migrate:upgrade
CREATE TABLE customers (
    id BIGINT NOT NULL PRIMARY KEY,
    mail VARCHAR(200) NOT NULL
);

-- migrate:downgrade
DROP TABLE customers;
