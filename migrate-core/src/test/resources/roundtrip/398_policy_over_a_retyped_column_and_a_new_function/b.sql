-- change: the column the policy reads is retyped and the policy calls a new function (policy dropped first, created last)
CREATE FUNCTION allowed_region() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'eu'::text $$;
CREATE TABLE accounts (id integer PRIMARY KEY, region text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON accounts USING (region = allowed_region());
