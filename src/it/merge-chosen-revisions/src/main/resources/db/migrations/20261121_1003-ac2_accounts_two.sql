-- Accounts two
--
-- Revision ID: ac2
-- Revises: ac1
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade

-- migrate:downgrade
