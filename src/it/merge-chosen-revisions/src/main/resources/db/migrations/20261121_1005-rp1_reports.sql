-- Reports
--
-- Revision ID: rp1
-- Revises: t1
-- Create Date: 2026-11-21 10:05:00

-- migrate:upgrade

-- migrate:downgrade
