-- change: a domain in another schema with its own collation
CREATE SCHEMA billing;
CREATE DOMAIN billing.currency AS char(3) COLLATE "C" DEFAULT 'EUR' CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE TABLE t (id integer PRIMARY KEY, name text, currency billing.currency);
