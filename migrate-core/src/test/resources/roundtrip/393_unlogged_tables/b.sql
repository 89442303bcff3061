-- change: a table becomes unlogged, another logged, a new unlogged table
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value text);
CREATE TABLE scratch (id integer);
CREATE UNLOGGED TABLE sessions (id uuid PRIMARY KEY, data jsonb);
