-- change: names that are keywords or carry odd characters
CREATE TABLE `order` (`key` INT NOT NULL PRIMARY KEY, `group` VARCHAR(10), `ship-to` VARCHAR(100));
CREATE TABLE `Order Lines` (id INT NOT NULL PRIMARY KEY, `order key` INT NOT NULL,
    CONSTRAINT `order lines fk` FOREIGN KEY (`order key`) REFERENCES `order` (`key`));
