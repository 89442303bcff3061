-- dialects: postgresql, h2
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

COMMENT ON COLUMN customers.email IS 'Login';
COMMENT ON COLUMN customers.name IS 'Display name';
