-- change: row level security enabled and forced, a tenant policy reading a setting, a restrictive policy for writes
CREATE TABLE documents (id bigint PRIMARY KEY, tenant_id integer NOT NULL, title text NOT NULL);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON documents
    USING (tenant_id = current_setting('app.tenant_id', true)::integer);
CREATE POLICY no_empty_titles ON documents AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (title <> '');
COMMENT ON POLICY tenant_isolation ON documents IS 'one tenant sees its rows only';
