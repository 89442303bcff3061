-- change: date -> timestamp, real -> double precision, char(3) -> varchar(3); flag stays
CREATE TABLE events (
    id INT NOT NULL PRIMARY KEY,
    happened_on TIMESTAMP NOT NULL,
    weight DOUBLE PRECISION,
    code VARCHAR(3),
    flag SMALLINT
);
