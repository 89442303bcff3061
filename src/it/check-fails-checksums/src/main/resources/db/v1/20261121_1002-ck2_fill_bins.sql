-- Fill bins
--
-- Revision ID: ck2
-- Revises: ck1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO bins (id, label) VALUES (1, 'first');

-- migrate:downgrade
DELETE FROM bins WHERE id = 1;
