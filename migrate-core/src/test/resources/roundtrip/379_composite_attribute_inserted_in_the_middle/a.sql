-- dialects: postgresql
CREATE TYPE pair AS (a integer, b integer);
