-- dialects: postgresql
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE VIEW v AS SELECT id, name FROM t;
CREATE FUNCTION v_insert() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN INSERT INTO t VALUES (NEW.id, NEW.name); RETURN NEW; END$$;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION v_insert();
