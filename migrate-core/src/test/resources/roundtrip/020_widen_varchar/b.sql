-- change: both varchar columns get longer
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    display_name VARCHAR(120)
);
