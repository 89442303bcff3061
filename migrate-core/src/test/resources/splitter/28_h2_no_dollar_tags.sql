-- options: h2
SELECT $$a;b$$;
SELECT 1 AS x$y;
SELECT $x$;y$x$;
