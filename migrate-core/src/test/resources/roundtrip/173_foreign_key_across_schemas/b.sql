-- change: a foreign key from one non-default schema to another, and a view across them
CREATE SCHEMA crm;
CREATE SCHEMA sales;

CREATE TABLE crm.accounts (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE sales.deals (
    id INT NOT NULL PRIMARY KEY,
    account_id INT NOT NULL,
    amount NUMERIC(12, 2) NOT NULL,
    CONSTRAINT deals_account_fk FOREIGN KEY (account_id) REFERENCES crm.accounts (id)
);

CREATE VIEW sales.deals_by_account AS
SELECT a.name, SUM(d.amount) AS total
FROM sales.deals d JOIN crm.accounts a ON a.id = d.account_id
GROUP BY a.name;
