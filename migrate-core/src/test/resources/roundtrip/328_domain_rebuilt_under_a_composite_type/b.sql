-- change: a domain's base type changes under a composite type that uses it
CREATE DOMAIN positive AS bigint CHECK (VALUE > 0);
CREATE TYPE order_line AS (quantity positive, sku text);
