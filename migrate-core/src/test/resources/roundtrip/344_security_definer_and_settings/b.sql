-- change: a function becomes SECURITY DEFINER with a search_path
CREATE FUNCTION whoami() RETURNS text LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS 'SELECT current_user::text';
