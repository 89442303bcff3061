-- change: an enum type in a non-default schema, used by a column and by an array column
CREATE SCHEMA catalog;

CREATE TYPE catalog.size AS ENUM ('xs', 's', 'm', 'l', 'xl');

CREATE TABLE catalog.products (
    id INT NOT NULL PRIMARY KEY,
    default_size catalog.size,
    available_sizes catalog.size[] NOT NULL DEFAULT '{}'
);
