-- change: a FULLTEXT index over two columns
CREATE TABLE articles (id INT NOT NULL PRIMARY KEY, title VARCHAR(200) NOT NULL, body TEXT);
CREATE FULLTEXT INDEX articles_text ON articles (title, body);
