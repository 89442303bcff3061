-- dialects: postgresql
CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE TABLE secrets (id integer PRIMARY KEY, owner text NOT NULL);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON secrets USING (owner = current_user);
