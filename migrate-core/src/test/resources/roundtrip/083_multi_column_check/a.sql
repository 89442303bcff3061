CREATE TABLE promotions (
    id INT NOT NULL PRIMARY KEY,
    starts_on DATE NOT NULL,
    ends_on DATE,
    percent_off INT NOT NULL
);
