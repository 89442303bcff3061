-- Tag items
--
-- Revision ID: p3
-- Revises: p2
-- Create Date: 2026-11-21 10:03:00

-- migrate:upgrade
ALTER TABLE items ADD COLUMN tag VARCHAR(20) DEFAULT 'new' NOT NULL;
UPDATE items SET tag = 'classic' WHERE title = 'DUNE!';

-- migrate:downgrade
ALTER TABLE items DROP COLUMN tag;
