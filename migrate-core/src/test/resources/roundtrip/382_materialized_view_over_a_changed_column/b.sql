-- change: the column it reads is widened: the materialized view is dropped and built again
CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric(14,2));
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
