-- change: an overload with other argument types
CREATE FUNCTION add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
CREATE FUNCTION add_one(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS 'SELECT x + 1';
