-- dialects: mariadb
CREATE TABLE events (id INT NOT NULL PRIMARY KEY, amount INT);
