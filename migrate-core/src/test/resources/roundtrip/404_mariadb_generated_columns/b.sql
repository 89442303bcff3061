-- change: a virtual and a stored generated column
CREATE TABLE order_lines (id INT NOT NULL PRIMARY KEY, qty INT NOT NULL, unit_cents INT NOT NULL,
    total_cents INT AS (qty * unit_cents) VIRTUAL,
    total_stored INT AS (qty * unit_cents) STORED);
