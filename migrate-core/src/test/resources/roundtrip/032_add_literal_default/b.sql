-- change: literal defaults of four types appear
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    status VARCHAR(20) NOT NULL DEFAULT 'draft',
    stock INT NOT NULL DEFAULT 0,
    price NUMERIC(10, 2) DEFAULT 9.99,
    featured BOOLEAN DEFAULT FALSE
);
