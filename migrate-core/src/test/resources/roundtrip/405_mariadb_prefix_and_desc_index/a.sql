-- dialects: mariadb
CREATE TABLE notes (id INT NOT NULL PRIMARY KEY, body VARCHAR(500) NOT NULL, created DATETIME NOT NULL);
