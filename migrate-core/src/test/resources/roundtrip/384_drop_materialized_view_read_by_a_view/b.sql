-- change: a materialized view and the view over it go
CREATE TABLE sales (id integer PRIMARY KEY, region text, amount numeric(10,2));
