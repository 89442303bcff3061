-- Require prices of at least ten
--
-- Revision ID: de5a0b9e3811
-- Revises: 1e27caf9b389
-- Create Date: 2026-11-21 10:00:00

-- Broken on purpose, for FailedStartTest, the way migrations break in production: the new rule is fine, but rows
-- already in the table violate it (Small Gods costs 9.99), so the database refuses the constraint.

-- migrate:upgrade
ALTER TABLE books ADD CONSTRAINT books_price_at_least_ten CHECK (price_cents >= 1000);

-- migrate:downgrade
ALTER TABLE books DROP CONSTRAINT books_price_at_least_ten;
