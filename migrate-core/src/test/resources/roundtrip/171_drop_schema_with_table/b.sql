-- change: the second schema goes away with its table, sequence and view
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

