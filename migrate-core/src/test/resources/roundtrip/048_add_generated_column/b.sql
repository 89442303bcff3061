-- change: a computed column (SQL-standard spelling, as H2 takes it)
CREATE TABLE order_lines (
    id INT NOT NULL PRIMARY KEY,
    quantity INT NOT NULL,
    unit_price NUMERIC(10, 2) NOT NULL,
    line_total NUMERIC(12, 2) GENERATED ALWAYS AS (quantity * unit_price)
);
