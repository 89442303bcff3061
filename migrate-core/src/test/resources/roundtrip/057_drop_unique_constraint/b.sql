-- change: the named unique constraint on username goes away
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    username VARCHAR(50) NOT NULL
);
