-- Merge name and email
--
-- Revision ID: gm
-- Revises: ga, gb
-- Create Date: 2026-11-21 10:04:00

-- migrate:upgrade

-- migrate:downgrade
