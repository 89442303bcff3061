-- Step 2
--
-- Revision ID: cb2
-- Revises: cb1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO audit (what) VALUES ('cb2');

-- migrate:downgrade
DELETE FROM audit WHERE what = 'cb2';
