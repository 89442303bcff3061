-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE PROCEDURE tidy(keep integer) LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM t WHERE id <> keep;
END
$$;
