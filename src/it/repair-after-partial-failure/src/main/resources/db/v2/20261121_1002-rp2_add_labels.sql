-- Add labels
--
-- Revision ID: rp2
-- Revises: rp1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE IF NOT EXISTS labels (id INTEGER PRIMARY KEY);
INSERT INTO labels VALUES (1);

-- migrate:downgrade
DROP TABLE labels;
