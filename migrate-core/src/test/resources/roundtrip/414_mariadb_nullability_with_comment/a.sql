-- dialects: mariadb
CREATE TABLE persons (id INT NOT NULL PRIMARY KEY, nick VARCHAR(30) COMMENT 'optional');
