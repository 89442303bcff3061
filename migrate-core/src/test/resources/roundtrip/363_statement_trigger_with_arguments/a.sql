-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE '%', TG_ARGV[0]; RETURN NULL; END$$;
