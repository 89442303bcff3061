-- dialects: mariadb
CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, email VARCHAR(100) NOT NULL, tenant INT NOT NULL);
