-- Unterminated string
--
-- Revision ID: bad2
-- Revises: good1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO good (id) VALUES (1);
UPDATE good SET id = 2 WHERE 'it''s = id;

-- migrate:downgrade
DELETE FROM good;
