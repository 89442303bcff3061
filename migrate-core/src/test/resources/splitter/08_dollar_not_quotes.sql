-- options: postgresql
PREPARE q(int, int) AS SELECT $1 + $2;
SELECT a$b, price$, $1$ FROM t$x;
CREATE TABLE a$b (c$1 int);
SELECT 1 WHERE $9 = 9;
