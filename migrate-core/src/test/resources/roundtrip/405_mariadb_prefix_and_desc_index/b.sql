-- change: a prefix index and a descending index
CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(500) NOT NULL, created DATETIME NOT NULL);
CREATE INDEX notes_body_prefix ON notes (body(32));
CREATE INDEX notes_created_desc ON notes (created DESC);
