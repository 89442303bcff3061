-- Backfill events
--
-- Revision ID: w2
-- Revises: w1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO events (id) VALUES (1), (2), (3);
