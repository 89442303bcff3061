-- dialects: postgresql
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, shared boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON notes FOR SELECT USING (owner = current_user);
CREATE POLICY writers ON notes FOR UPDATE USING (owner = current_user);
