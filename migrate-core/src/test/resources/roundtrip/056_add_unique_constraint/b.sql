-- change: email becomes unique (unnamed constraint)
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL UNIQUE
);
