-- Seed tags
--
-- Revision ID: bb22
-- Revises: aa11
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO tags (id, name) VALUES (1, 'red');
INSERT INTO tags (id, name)
    VALUES (2, 'blue');

-- migrate:downgrade
DELETE FROM tags WHERE id IN (1, 2);
