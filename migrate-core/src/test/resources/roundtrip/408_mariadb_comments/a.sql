-- dialects: mariadb
CREATE TABLE plans (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL COMMENT 'shown to users');
