-- change: the one-column index is replaced by a three-column one
CREATE TABLE order_events (
    id INT NOT NULL PRIMARY KEY,
    order_id INT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    happened_at TIMESTAMP NOT NULL
);

CREATE INDEX order_events_lookup_idx ON order_events (order_id, kind, happened_at);
