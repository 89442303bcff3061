-- dialects: postgresql
CREATE PROCEDURE ping(n integer) LANGUAGE sql AS 'SELECT 1';
