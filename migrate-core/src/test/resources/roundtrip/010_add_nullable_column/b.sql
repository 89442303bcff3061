-- change: customers gets a nullable phone column
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    phone VARCHAR(30)
);
