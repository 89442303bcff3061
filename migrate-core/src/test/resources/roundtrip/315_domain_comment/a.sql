-- dialects: postgresql
CREATE DOMAIN flag AS boolean;
