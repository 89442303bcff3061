-- change: the procedure and the function go away; the downgrade creates them again with their characteristics
CREATE TABLE counters (name VARCHAR(40) NOT NULL PRIMARY KEY, value BIGINT NOT NULL DEFAULT 0);
