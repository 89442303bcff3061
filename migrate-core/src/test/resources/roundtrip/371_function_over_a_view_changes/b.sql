-- change: the function over a view over a domain column changes its body
CREATE DOMAIN email AS text CHECK (VALUE LIKE '%_@_%');
CREATE TABLE users (id integer PRIMARY KEY, contact email NOT NULL);
CREATE VIEW user_contacts AS SELECT id, contact FROM users;
CREATE FUNCTION contact_of(u integer) RETURNS text LANGUAGE sql STABLE AS $$SELECT contact FROM user_contacts WHERE id = u LIMIT 1$$;
