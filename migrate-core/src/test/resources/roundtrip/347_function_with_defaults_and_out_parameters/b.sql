-- change: a function with a default argument and OUT parameters
CREATE FUNCTION split_name(full_name text, sep text DEFAULT ' ', OUT first text, OUT last text) LANGUAGE sql IMMUTABLE AS $$SELECT split_part(full_name, sep, 1), split_part(full_name, sep, 2)$$;
