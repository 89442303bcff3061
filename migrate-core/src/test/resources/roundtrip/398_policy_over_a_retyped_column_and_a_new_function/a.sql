-- dialects: postgresql
CREATE TABLE accounts (id integer PRIMARY KEY, region varchar(10) NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_region ON accounts USING (region = 'eu');
