-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, name text, changed timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := now();
    RETURN NEW;
END
$$;
