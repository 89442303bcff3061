-- change: the function a trigger runs changes its body; the trigger stays
CREATE TABLE t (id integer PRIMARY KEY, name text, changed timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := clock_timestamp();
    RETURN NEW;
END
$$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
