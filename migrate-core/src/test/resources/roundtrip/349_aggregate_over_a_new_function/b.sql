-- change: an aggregate built on a new function, used by a view
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE FUNCTION concat_step(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$SELECT coalesce($1 || ', ', '') || $2$$;
CREATE AGGREGATE joined(text) (SFUNC = concat_step, STYPE = text);
CREATE VIEW names AS SELECT joined(name) AS all_names FROM t;
