-- dialects: postgresql
CREATE TABLE tenants (id integer PRIMARY KEY);
