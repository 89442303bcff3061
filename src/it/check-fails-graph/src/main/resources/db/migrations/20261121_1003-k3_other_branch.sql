-- Other branch
--
-- Revision ID: k3
-- Revises: k1
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
CREATE TABLE other (id INTEGER);

-- migrate:downgrade
DROP TABLE other;
