-- Accounts
--
-- Revision ID: ac1
-- Revises: t1
-- Create Date: 2026-11-21 10:02:00
-- Branch Labels: accounts

-- migrate:upgrade

-- migrate:downgrade
