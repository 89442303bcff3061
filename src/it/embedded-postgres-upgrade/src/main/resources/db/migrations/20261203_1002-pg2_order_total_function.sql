-- A plpgsql function over the open orders
--
-- Revision ID: pg2
-- Revises: pg1
-- Create Date: 2026-12-03 10:02:00

-- migrate:upgrade
CREATE FUNCTION open_total() RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
    result numeric;
BEGIN
    SELECT coalesce(sum(total), 0) INTO result FROM orders WHERE closed_at IS NULL;
    RETURN result;
END;
$$;

-- migrate:downgrade
DROP FUNCTION open_total();
