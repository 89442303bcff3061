-- Add order status
--
-- Revision ID: pr13
-- Revises: base01
-- Create Date: 2026-11-21 11:03:00

-- migrate:upgrade
ALTER TABLE orders ADD COLUMN status VARCHAR(20) DEFAULT 'open' NOT NULL;

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN status;
