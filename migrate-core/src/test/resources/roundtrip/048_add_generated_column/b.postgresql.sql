-- change: a computed column (PostgreSQL 12+ needs STORED)
CREATE TABLE order_lines (
    id INT NOT NULL PRIMARY KEY,
    quantity INT NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    line_total NUMERIC(12, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);
