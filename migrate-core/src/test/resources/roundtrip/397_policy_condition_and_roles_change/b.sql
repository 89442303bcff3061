-- change: one policy altered in place (roles, condition), another gains WITH CHECK (dropped and created)
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, shared boolean NOT NULL DEFAULT false);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON notes FOR SELECT TO pg_monitor, pg_read_all_stats USING (owner = current_user OR shared);
CREATE POLICY writers ON notes FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user);
