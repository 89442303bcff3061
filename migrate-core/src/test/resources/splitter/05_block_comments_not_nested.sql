-- options: standard
SELECT 1 /* standard SQL here: /* does not nest */;
SELECT 2 /* a ; in a comment */ + 2;
/* a comment
   over ; lines */ SELECT 3;
