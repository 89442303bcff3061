-- Billing
--
-- Revision ID: bi1
-- Revises: t1
-- Create Date: 2026-11-21 10:04:00

-- migrate:upgrade

-- migrate:downgrade
