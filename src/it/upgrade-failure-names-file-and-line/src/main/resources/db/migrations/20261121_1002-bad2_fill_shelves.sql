-- Fill shelves
--
-- Revision ID: bad2
-- Revises: ok1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
INSERT INTO shelves (id) VALUES (1);
INSERT INTO shelfs (id) VALUES (2);

-- migrate:downgrade
DELETE FROM shelves;
