-- options: postgresql
SELECT $Tag$ a; $tag$; b $TAG$ c $Tag$;
SELECT 2;
