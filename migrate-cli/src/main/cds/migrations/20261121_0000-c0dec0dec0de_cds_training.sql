-- CDS training: the build runs bin/migrate upgrade with this revision on an in-memory H2 database, so that the
-- class data sharing archive holds the classes an ordinary run loads (not shipped in the distribution).
--
-- Revision ID: c0dec0dec0de
-- Revises:
-- Create Date: 2026-11-21 00:00:00

-- migrate:upgrade
CREATE TABLE training (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO training (id, name) VALUES (1, 'one');

-- migrate:downgrade
DROP TABLE training;
