-- change: PostgreSQL-only kinds in one step: enum, jsonb with gin, partial and expression indexes, deferrable key
CREATE TYPE ticket_state AS ENUM ('open', 'waiting', 'closed');

CREATE TABLE customers (
    id SERIAL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);

CREATE UNIQUE INDEX customers_email_idx ON customers (lower(email));

CREATE TABLE tickets (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id INT NOT NULL,
    state ticket_state NOT NULL DEFAULT 'open',
    details JSONB NOT NULL DEFAULT '{}'::jsonb,
    opened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT tickets_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);

CREATE INDEX tickets_open_idx ON tickets (customer_id, opened_at DESC) WHERE state <> 'closed';
CREATE INDEX tickets_details_idx ON tickets USING gin (details);

COMMENT ON TABLE tickets IS 'Support requests';
