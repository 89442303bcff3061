-- Seed customers
--
-- Revision ID: 3c4d5e6f7081
-- Revises: 2b3c4d5e6f70
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
INSERT INTO customers (id, email) VALUES (1, 'ada@example.org'), (2, 'grace@example.org');
UPDATE customers SET email = upper(email) WHERE id = 2;

-- migrate:downgrade
DELETE FROM customers WHERE id IN (1, 2);
