-- Create events
--
-- Revision ID: w1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE events (id BIGINT PRIMARY KEY);

-- migrate:downgrade
DROP TABLE events;
