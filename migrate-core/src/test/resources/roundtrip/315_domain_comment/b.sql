-- change: a domain gets a comment
CREATE DOMAIN flag AS boolean;
COMMENT ON DOMAIN flag IS 'yes or no';
