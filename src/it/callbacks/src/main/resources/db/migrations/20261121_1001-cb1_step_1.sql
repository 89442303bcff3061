-- Step 1
--
-- Revision ID: cb1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
INSERT INTO audit (what) VALUES ('cb1');

-- migrate:downgrade
DELETE FROM audit WHERE what = 'cb1';
