-- Broken on purpose
--
-- Revision ID: s3
-- Revises: s2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
INSERT INTO nowhere (id) VALUES (1);

-- migrate:downgrade
SELECT 1;
