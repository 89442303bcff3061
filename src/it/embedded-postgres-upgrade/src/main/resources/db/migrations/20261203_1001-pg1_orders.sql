-- Orders, with a partial index on the open ones
--
-- Revision ID: pg1
-- Revises:
-- Create Date: 2026-12-03 10:01:00

-- migrate:upgrade
CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric(12, 2) NOT NULL,
    closed_at timestamptz
);
CREATE INDEX orders_open_idx ON orders (id) WHERE closed_at IS NULL;

-- migrate:downgrade
DROP TABLE orders;
