-- options: postgresql
-- Add users
--
-- Revision ID: 3f2a9c1d7b4e
-- Revises:

-- migrate:upgrade
CREATE TABLE users (id int);
CREATE INDEX users_id ON users (id);

-- migrate:downgrade transaction:false
DROP TABLE users;
