-- change: a domain loses one of two checks
CREATE DOMAIN code AS varchar(10) CONSTRAINT not_blank CHECK (VALUE <> '');
