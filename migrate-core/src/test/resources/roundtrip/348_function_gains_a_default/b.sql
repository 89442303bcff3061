-- change: a function's argument gains a default (drop and create)
CREATE FUNCTION greet(who text DEFAULT 'you') RETURNS text LANGUAGE sql AS $$SELECT 'hi ' || who$$;
