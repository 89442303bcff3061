-- dialects: postgresql
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    attributes JSONB NOT NULL DEFAULT '{}',
    tags TEXT[] NOT NULL DEFAULT '{}'
);
