-- change: NOT NULL columns with defaults, so existing rows get a value
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    loyalty_points INT NOT NULL DEFAULT 0,
    locale VARCHAR(10) NOT NULL DEFAULT 'en'
);
