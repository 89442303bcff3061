-- change: extensions, domains, types, functions, a procedure, a view and a trigger from nothing
CREATE EXTENSION citext;
CREATE SCHEMA billing;
CREATE TYPE billing.plan AS ENUM ('free', 'pro');
CREATE DOMAIN billing.money_amount AS numeric(12,2) DEFAULT 0 CHECK (VALUE >= 0);
CREATE DOMAIN email AS citext CHECK (VALUE LIKE '%_@_%');
CREATE TYPE billing.address AS (street text, city text, country char(2));
CREATE TYPE billing.period AS RANGE (SUBTYPE = date);
CREATE TABLE billing.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner email NOT NULL UNIQUE,
    plan billing.plan NOT NULL DEFAULT 'free', balance billing.money_amount, ship_to billing.address,
    active billing.period, updated timestamptz);
CREATE FUNCTION billing.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated := now(); RETURN NEW; END$$;
CREATE FUNCTION billing.balance_of(account bigint) RETURNS numeric LANGUAGE sql STABLE
    AS $$SELECT balance FROM billing.accounts WHERE id = account$$;
CREATE PROCEDURE billing.reset_balances() LANGUAGE sql AS $$UPDATE billing.accounts SET balance = 0$$;
CREATE VIEW billing.pro_accounts AS SELECT id, owner FROM billing.accounts WHERE plan = 'pro';
CREATE TRIGGER accounts_touch BEFORE UPDATE ON billing.accounts FOR EACH ROW EXECUTE FUNCTION billing.touch();
COMMENT ON DOMAIN email IS 'an address';
COMMENT ON FUNCTION billing.balance_of(bigint) IS 'current balance';
