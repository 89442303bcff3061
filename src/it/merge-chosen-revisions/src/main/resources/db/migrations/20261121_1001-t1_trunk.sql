-- Trunk
--
-- Revision ID: t1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade

-- migrate:downgrade
