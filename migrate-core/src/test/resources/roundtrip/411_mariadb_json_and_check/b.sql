-- change: a JSON column (with its json_valid check) and a table check
CREATE TABLE events (id INT NOT NULL PRIMARY KEY, amount INT, payload JSON,
    CONSTRAINT events_amount_positive CHECK (amount > 0));
