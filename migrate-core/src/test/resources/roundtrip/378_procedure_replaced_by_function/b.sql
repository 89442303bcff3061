-- change: a procedure becomes a function of the same name and arguments
CREATE FUNCTION ping(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n';
