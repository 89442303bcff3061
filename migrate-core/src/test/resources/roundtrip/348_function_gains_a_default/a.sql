-- dialects: postgresql
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE sql AS $$SELECT 'hi ' || who$$;
