-- dialects: mariadb
CREATE TABLE pet (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(40));
