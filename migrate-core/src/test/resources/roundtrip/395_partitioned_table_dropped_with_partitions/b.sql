-- change: the partitioned table and its partitions go (partitions first; created back in order)
CREATE TABLE customers (id bigint PRIMARY KEY);
