-- options: postgresql
-- migrate:upgrade
ALTER TABLE t
-- migrate:lint-ignore add-column-not-null
  ADD COLUMN b int NOT NULL;
-- migrate:lint-ignore drop-column
ALTER TABLE t DROP COLUMN c;
