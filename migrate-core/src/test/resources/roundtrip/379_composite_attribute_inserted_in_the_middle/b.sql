-- change: an attribute inserted between two others (drop and create)
CREATE TYPE pair AS (a integer, m text, b integer);
