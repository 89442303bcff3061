-- Forget emails
--
-- Revision ID: k4
-- Revises: k3
-- Create Date: 2026-11-21 10:04:00

-- migrate:upgrade
ALTER TABLE customers DROP COLUMN email; -- migrate:lint-ignore MG102

-- migrate:downgrade
ALTER TABLE customers ADD COLUMN email VARCHAR(200);
