-- change: a trigger with UPDATE OF a column whose table gains columns
CREATE TABLE t (id integer PRIMARY KEY, name text, changed timestamptz, note text);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER t_touch BEFORE UPDATE OF name, note ON t FOR EACH ROW EXECUTE FUNCTION touch();
