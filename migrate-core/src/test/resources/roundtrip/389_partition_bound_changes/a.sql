-- dialects: postgresql
CREATE TABLE readings (id bigint NOT NULL, taken_on date NOT NULL) PARTITION BY RANGE (taken_on);
CREATE TABLE readings_old PARTITION OF readings FOR VALUES FROM ('2000-01-01') TO ('2020-01-01');
