-- Create orders
--
-- Revision ID: 7a3d5c1e9f08
-- Revises:
-- Create Date: 2026-11-21 11:00:00

-- migrate:upgrade
CREATE TABLE orders (
    id       INTEGER PRIMARY KEY,
    book_id  INTEGER NOT NULL,
    quantity INTEGER NOT NULL
);

-- migrate:downgrade
DROP TABLE orders;
