-- Seed tags
--
-- Revision ID: 0a0a0a0a0a02
-- Revises: 0a0a0a0a0a01
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO tags (name) VALUES ('fiction'), ('poetry');

-- migrate:downgrade
DELETE FROM tags WHERE name IN ('fiction', 'poetry');
