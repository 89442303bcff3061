-- change: both constraints added NOT VALID are validated (VALIDATE CONSTRAINT; back to NOT VALID on the way down)
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric(10,2),
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT orders_total_positive CHECK (total > 0));
