-- dialects: postgresql
CREATE DOMAIN code AS varchar(10) CONSTRAINT not_blank CHECK (VALUE <> '') CONSTRAINT short CHECK (length(VALUE) < 5);
