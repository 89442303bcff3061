-- change: a SQL function reading a table that the same revision creates
CREATE TABLE zz_counts (n integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT sum(n) FROM zz_counts';
