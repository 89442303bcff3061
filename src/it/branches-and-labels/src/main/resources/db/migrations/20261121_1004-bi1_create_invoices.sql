-- Create invoices
--
-- Revision ID: bi1
-- Revises: t1
-- Create Date: 2026-11-21 10:04:00
-- Branch Labels: billing

-- migrate:upgrade
CREATE TABLE invoices (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE invoices;
