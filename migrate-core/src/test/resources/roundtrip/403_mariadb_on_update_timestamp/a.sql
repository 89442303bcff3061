-- dialects: mariadb
CREATE TABLE docs (id INT NOT NULL PRIMARY KEY, changed_at TIMESTAMP NULL);
