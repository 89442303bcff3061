-- Create kinds
--
-- Revision ID: p1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TYPE kind AS ENUM ('book', 'map');
CREATE TABLE items (id BIGSERIAL PRIMARY KEY, kind kind NOT NULL, title TEXT NOT NULL);

-- migrate:downgrade
DROP TABLE items;
DROP TYPE kind;
