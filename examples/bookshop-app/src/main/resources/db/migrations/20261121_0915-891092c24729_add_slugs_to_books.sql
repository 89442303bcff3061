-- Add slugs to books
--
-- Revision ID: 891092c24729
-- Revises: c331fa20f20f
-- Create Date: 2026-11-21 09:15:00

-- Nullable for now: the Java migration 9e3b7c1dc926 (db.migrations.FillInBookSlugs) computes the values, and
-- 1e27caf9b389 makes the column required once every row has one.

-- migrate:upgrade
ALTER TABLE books ADD COLUMN slug VARCHAR(320);

-- migrate:downgrade
ALTER TABLE books DROP COLUMN slug;
