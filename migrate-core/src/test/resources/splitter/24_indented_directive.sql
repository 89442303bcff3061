-- options: postgresql
   -- migrate:upgrade
SELECT 1;
	--migrate:downgrade
SELECT 2;
-- MIGRATE:Downgrade Transaction:False
