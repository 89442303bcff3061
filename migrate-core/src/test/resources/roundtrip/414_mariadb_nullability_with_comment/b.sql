-- change: nick becomes required and its comment changes
CREATE TABLE persons (id INT NOT NULL PRIMARY KEY, nick VARCHAR(30) NOT NULL DEFAULT '' COMMENT 'required');
