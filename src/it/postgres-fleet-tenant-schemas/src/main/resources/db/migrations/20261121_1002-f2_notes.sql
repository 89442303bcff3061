-- Notes
--
-- Revision ID: f2
-- Revises: f1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE notes (id BIGSERIAL PRIMARY KEY, customer BIGINT REFERENCES customers, body TEXT);

-- migrate:downgrade
DROP TABLE notes;
