-- More bins
--
-- Revision ID: cs3
-- Revises: cs2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
INSERT INTO bins VALUES (2, 'blue');

-- migrate:downgrade
DELETE FROM bins WHERE id = 2;
