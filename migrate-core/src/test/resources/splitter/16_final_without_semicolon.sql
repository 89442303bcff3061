-- options: standard
SELECT 1;
SELECT 2
  FROM t
