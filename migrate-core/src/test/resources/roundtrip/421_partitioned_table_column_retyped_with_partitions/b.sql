-- change: the parent's columns change (retyped, dropped, added): once, on the parent, never per partition
CREATE TABLE payments (id bigint NOT NULL, paid_on date NOT NULL, amount numeric(14,2) NOT NULL, currency char(3))
    PARTITION BY RANGE (paid_on);
CREATE TABLE payments_2024 PARTITION OF payments FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payments_rest PARTITION OF payments DEFAULT;
