-- Create greetings
--
-- Revision ID: e0d1c2b3a495
-- Revises:
-- Create Date: 2026-11-21 08:00:00

-- migrate:upgrade
CREATE TABLE greetings (id INTEGER PRIMARY KEY, text VARCHAR(100) NOT NULL);
INSERT INTO greetings (id, text) VALUES (1, 'hello');

-- migrate:downgrade
DROP TABLE greetings;
