-- change: an audit function with a trigger on each table
CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE invoices (id integer PRIMARY KEY, customer_id integer REFERENCES customers);
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, table_name text NOT NULL, op text NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (table_name, op) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END
$$;
CREATE TRIGGER customers_audit AFTER INSERT OR UPDATE OR DELETE ON customers FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TRIGGER invoices_audit AFTER INSERT OR UPDATE OR DELETE ON invoices FOR EACH ROW EXECUTE FUNCTION audit();
