-- change: mail becomes email WITHOUT a hint: a drop and an add (data loss), with a warning
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);
