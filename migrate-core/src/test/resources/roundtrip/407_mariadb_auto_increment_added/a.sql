-- dialects: mariadb
CREATE TABLE tickets (id BIGINT NOT NULL PRIMARY KEY, subject VARCHAR(100));
