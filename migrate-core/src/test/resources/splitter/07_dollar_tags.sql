-- options: postgresql
CREATE FUNCTION run(q text) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $$SELECT 1; SELECT 2$$;
  EXECUTE $body$ SELECT ';' $body$;
  -- $fn is not the closing tag, nor is $FN$; the tag is case sensitive
END;
$fn$;
SELECT $a_1$ one ; two $a_1$, $_$;$_$;
