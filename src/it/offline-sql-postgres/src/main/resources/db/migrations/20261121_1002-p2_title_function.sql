-- Title function
--
-- Revision ID: p2
-- Revises: p1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE FUNCTION shout(t TEXT) RETURNS TEXT LANGUAGE plpgsql AS $body$
BEGIN
    RETURN upper(t) || '!'; -- a semicolon inside a dollar-quoted body
END;
$body$;
INSERT INTO items (kind, title) VALUES ('book', shout('dune'));

-- migrate:downgrade
DELETE FROM items;
DROP FUNCTION shout(TEXT);
