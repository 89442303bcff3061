-- change: a new table whose check and foreign key are NOT VALID (added after its CREATE TABLE, which would validate them)
CREATE TABLE accounts (id integer PRIMARY KEY);
CREATE TABLE transfers (id integer PRIMARY KEY, account_id integer, amount numeric(12,2));
ALTER TABLE transfers ADD CONSTRAINT transfers_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
ALTER TABLE transfers ADD CONSTRAINT transfers_amount_check CHECK (amount <> 0) NOT VALID;
