-- dialects: postgresql
CREATE TABLE documents (id bigint PRIMARY KEY, tenant_id integer NOT NULL, title text NOT NULL);
