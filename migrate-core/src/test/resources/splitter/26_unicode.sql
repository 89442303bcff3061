-- options: postgresql
SELECT 'café; crème' AS "naïve;name";
SELECT prix$ FROM menü;
SELECT 'ünïcödé'
