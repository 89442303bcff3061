-- change: a trigger's timing, events and WHEN change
CREATE TABLE t (id integer PRIMARY KEY, name text, changed timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE OF name ON t FOR EACH ROW WHEN (NEW.name IS NOT NULL) EXECUTE FUNCTION touch();
