-- change: a two-column unique key
CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL, tenant INT NOT NULL,
    CONSTRAINT accounts_tenant_email UNIQUE (tenant, email));
