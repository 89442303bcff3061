-- change: a function becomes STABLE and STRICT
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql STABLE STRICT AS 'SELECT x + 1';
