-- Seed bins
--
-- Revision ID: cs2
-- Revises: cs1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO bins VALUES (1, 'red');

-- migrate:downgrade
DELETE FROM bins;
