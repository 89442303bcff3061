-- change: a partitioned table with row level security, a policy, an audit trigger on the parent and a partition per tenant group
CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE audit_log (at timestamptz NOT NULL DEFAULT now(), what text NOT NULL);
CREATE FUNCTION audit_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (what) VALUES (TG_OP);
    RETURN NEW;
END
$$;
CREATE TABLE orders (id bigint NOT NULL, tenant_id integer NOT NULL REFERENCES tenants (id), total numeric(12,2),
    PRIMARY KEY (tenant_id, id)) PARTITION BY HASH (tenant_id);
CREATE TABLE orders_0 PARTITION OF orders FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE orders_1 PARTITION OF orders FOR VALUES WITH (modulus 2, remainder 1);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_rows ON orders USING (tenant_id = current_setting('app.tenant', true)::integer);
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit_orders();
