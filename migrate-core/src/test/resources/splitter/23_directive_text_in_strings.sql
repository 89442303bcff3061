-- options: postgresql
-- migrate:upgrade
INSERT INTO docs VALUES ('
-- migrate:downgrade
');
SELECT $$
-- migrate:downgrade
$$;
/*
-- migrate:downgrade
*/
SELECT 1; -- migrate:downgrade is not at the start of its line
SELECT "
-- migrate:downgrade
";
