-- dialects: postgresql
CREATE TABLE payments (id bigint NOT NULL, paid_on date NOT NULL, amount numeric(10,2), note varchar(20))
    PARTITION BY RANGE (paid_on);
CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_rest PARTITION OF payments DEFAULT;
