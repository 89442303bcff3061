-- change: a table with a trigger is renamed (hint)
CREATE TABLE items (id integer PRIMARY KEY, name text, changed timestamptz); -- migrate:renamed-from t
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed := now();
    RETURN NEW;
END
$$;
CREATE TRIGGER t_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
