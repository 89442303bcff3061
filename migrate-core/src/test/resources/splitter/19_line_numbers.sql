-- options: postgresql
INSERT INTO t VALUES ('one
two
three');
/*
 * a long comment
 */
SELECT $$
body
$$;
-- a line comment
SELECT E'a\
b';

SELECT "multi
line identifier";
SELECT 'last';
