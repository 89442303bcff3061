-- dialects: mariadb
CREATE TABLE articles (id INT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL, body TEXT);
