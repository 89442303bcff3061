-- change: a function returning rows of a table created with it
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE FUNCTION named(p text) RETURNS SETOF t LANGUAGE sql STABLE AS $$SELECT * FROM t WHERE name = p$$;
