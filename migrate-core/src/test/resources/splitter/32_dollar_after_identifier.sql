-- options: postgresql
SELECT 1 AS$$;
SELECT $$ a ; b $$;
