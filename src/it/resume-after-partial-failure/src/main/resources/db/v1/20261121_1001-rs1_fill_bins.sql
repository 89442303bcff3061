-- Fill bins
--
-- Revision ID: rs1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE bins (id INTEGER PRIMARY KEY);
INSERT INTO bins VALUES (1);
INSERT INTO binz VALUES (2);
INSERT INTO bins VALUES (3);

-- migrate:downgrade
DROP TABLE bins;
