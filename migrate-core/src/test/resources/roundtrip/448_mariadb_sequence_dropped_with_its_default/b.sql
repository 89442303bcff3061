-- change: the default that calls the sequence goes, then the sequence
CREATE TABLE tickets (id INT NOT NULL PRIMARY KEY,
    number BIGINT NOT NULL);
