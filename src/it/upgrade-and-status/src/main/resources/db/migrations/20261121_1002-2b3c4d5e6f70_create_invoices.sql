-- Create invoices
--
-- Revision ID: 2b3c4d5e6f70
-- Revises: 1a2b3c4d5e6f
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE invoices (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL REFERENCES customers (id),
    total_cents BIGINT NOT NULL);

-- migrate:downgrade
DROP TABLE invoices;
