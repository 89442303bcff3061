-- change: a function and a check calling it
CREATE FUNCTION is_slug(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$SELECT s ~ '^[a-z0-9-]+$'$$;
CREATE TABLE t (id integer PRIMARY KEY, name text CHECK (is_slug(name)));
