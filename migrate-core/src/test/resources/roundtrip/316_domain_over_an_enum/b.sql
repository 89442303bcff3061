-- change: an enum and a domain over it
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');
CREATE TABLE t (id integer PRIMARY KEY, name text, feeling good_mood);
