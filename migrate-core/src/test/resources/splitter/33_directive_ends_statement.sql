-- options: postgresql
-- migrate:upgrade
SELECT 1
-- migrate:lint-ignore stays inside
  + 1
-- migrate:irreversible ends the statement above
DROP TABLE t
-- migrate:downgarde also ends it, so the parser can report the typo
SELECT 3
