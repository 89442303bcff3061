-- change: the partitioned table goes but one partition is kept as an ordinary table (detached first)
CREATE TABLE events_2020 (id bigint NOT NULL, at date NOT NULL);
