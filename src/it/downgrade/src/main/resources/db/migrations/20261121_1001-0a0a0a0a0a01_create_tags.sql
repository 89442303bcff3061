-- Create tags
--
-- Revision ID: 0a0a0a0a0a01
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE tags (name VARCHAR(50) PRIMARY KEY);

-- migrate:downgrade
DROP TABLE tags;
