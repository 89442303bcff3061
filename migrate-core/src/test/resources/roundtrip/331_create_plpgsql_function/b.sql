-- change: a PL/pgSQL function
CREATE FUNCTION fizz(n integer) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    IF n % 3 = 0 THEN
        RETURN 'fizz';
    END IF;
    RETURN n::text;
END
$$;
