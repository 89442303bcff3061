-- Create orders
--
-- Revision ID: 0d93f61b7c58
-- Revises: e27a90b4c3f1
-- Create Date: 2026-11-21 09:45:00

-- migrate:upgrade
CREATE TABLE orders (
    id         BIGINT PRIMARY KEY,
    book_id    INTEGER NOT NULL REFERENCES books (id),
    quantity   INTEGER NOT NULL DEFAULT 1,
    ordered_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX orders_book_id_idx ON orders (book_id);

-- migrate:downgrade
DROP TABLE orders;
