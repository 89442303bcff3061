-- options: postgresql
CREATE FUNCTION one() RETURNS int LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'it''s; fine';
  RETURN 1;
END;
$$;
DO $$ BEGIN PERFORM one(); END $$;
SELECT $$a;b$$ AS text, $$$$ AS empty;
