-- Create accounts
--
-- Revision ID: ac1
-- Revises: t1
-- Create Date: 2026-11-21 10:02:00
-- Branch Labels: accounts

-- migrate:upgrade
CREATE TABLE accounts (id INTEGER PRIMARY KEY, customer_id INTEGER);

-- migrate:downgrade
DROP TABLE accounts;
