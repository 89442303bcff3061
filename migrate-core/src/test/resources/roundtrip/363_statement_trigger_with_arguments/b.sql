-- change: a statement trigger passing arguments
CREATE TABLE t (id integer PRIMARY KEY);
CREATE FUNCTION note() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE '%', TG_ARGV[0]; RETURN NULL; END$$;
CREATE TRIGGER t_note AFTER TRUNCATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION note('it''s gone', '2');
