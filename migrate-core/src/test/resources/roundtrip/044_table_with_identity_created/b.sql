-- change: a new table whose key is an identity with options
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY
);

CREATE TABLE support_cases (
    id INT GENERATED ALWAYS AS IDENTITY (START WITH 500 INCREMENT BY 5) NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    opened_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
