-- First note
--
-- Revision ID: s2
-- Revises: s1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO notes (id, body) VALUES (1, 'hello');

-- migrate:downgrade
DELETE FROM notes WHERE id = 1;
