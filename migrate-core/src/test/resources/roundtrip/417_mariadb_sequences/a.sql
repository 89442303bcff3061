-- dialects: mariadb
CREATE TABLE invoices (id BIGINT NOT NULL PRIMARY KEY, total DECIMAL(10,2) NOT NULL);
