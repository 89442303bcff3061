-- change: a composite type holding a domain
CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
CREATE TYPE order_line AS (quantity positive, sku text);
