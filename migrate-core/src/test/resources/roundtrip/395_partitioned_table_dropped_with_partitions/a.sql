-- dialects: postgresql
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE invoices (id bigint NOT NULL, customer_id bigint REFERENCES customers (id), issued_on date NOT NULL,
    PRIMARY KEY (id, issued_on)) PARTITION BY RANGE (issued_on);
CREATE INDEX invoices_customer ON invoices (customer_id);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoices_rest PARTITION OF invoices DEFAULT;
