-- Index note bodies
--
-- Revision ID: r2
-- Revises: r1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE INDEX notes_body_idx ON notes (body);

-- migrate:downgrade
DROP INDEX notes_body_idx;
