-- change: a table with row level security and a policy goes (created back with both)
CREATE TABLE keep_me (id integer PRIMARY KEY);
