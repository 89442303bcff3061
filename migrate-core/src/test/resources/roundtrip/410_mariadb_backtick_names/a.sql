-- dialects: mariadb
CREATE TABLE `order` (`key` INT NOT NULL PRIMARY KEY);
