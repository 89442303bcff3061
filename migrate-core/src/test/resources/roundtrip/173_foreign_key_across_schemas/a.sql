-- dialects: postgresql, h2
CREATE SCHEMA crm;
CREATE SCHEMA sales;

CREATE TABLE crm.accounts (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);

CREATE TABLE sales.deals (
    id INT NOT NULL PRIMARY KEY,
    account_id INT NOT NULL,
    amount NUMERIC(12, 2) NOT NULL
);
