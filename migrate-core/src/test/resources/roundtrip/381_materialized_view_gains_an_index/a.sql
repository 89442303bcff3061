-- dialects: postgresql
CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric(10,2));
CREATE MATERIALIZED VIEW region_totals AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
