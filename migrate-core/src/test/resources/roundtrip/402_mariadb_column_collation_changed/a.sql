-- dialects: mariadb
CREATE TABLE users (id INT NOT NULL PRIMARY KEY, login VARCHAR(50) NOT NULL);
