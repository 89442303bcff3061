-- change: clients becomes customers WITHOUT a hint: a drop and a create (data loss), with a warning
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL
);
