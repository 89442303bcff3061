-- options: postgresql
-- migrate:upgrade
CREATE TABLE t (a int)
-- migrate:downgrade
DROP TABLE t
