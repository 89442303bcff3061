-- change: id numbers itself
CREATE TABLE tickets (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, subject VARCHAR(100));
