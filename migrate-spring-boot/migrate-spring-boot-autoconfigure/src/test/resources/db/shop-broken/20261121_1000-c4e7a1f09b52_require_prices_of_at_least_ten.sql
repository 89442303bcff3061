-- Require prices of at least ten
--
-- Revision ID: c4e7a1f09b52
-- Revises: 8d0b6e4c1a27
-- Create Date: 2026-11-21 10:00:00

-- Broken on purpose, the way migrations break in production: Small Gods costs 9.99, so the database refuses the
-- constraint.

-- migrate:upgrade
ALTER TABLE books ADD CONSTRAINT books_price_at_least_ten CHECK (price_cents >= 1000);

-- migrate:downgrade
ALTER TABLE books DROP CONSTRAINT books_price_at_least_ten;
