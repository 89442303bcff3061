-- Index user email
--
-- Revision ID: g2
-- Revises: gm
-- Create Date: 2026-11-21 10:05:00

-- migrate:upgrade
CREATE INDEX users_email ON users (email);

-- migrate:downgrade
DROP INDEX users_email;
