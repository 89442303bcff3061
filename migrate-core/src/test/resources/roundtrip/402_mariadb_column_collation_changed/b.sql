-- change: login gets a case-sensitive collation, and a latin1 column appears
CREATE TABLE users (id INT NOT NULL PRIMARY KEY, login VARCHAR(50) COLLATE utf8mb4_bin NOT NULL,
    legacy VARCHAR(20) CHARACTER SET latin1);
