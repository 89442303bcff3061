-- change: gin indexes on a jsonb column (with an operator class) and on an array
CREATE TABLE products (
    id INT NOT NULL PRIMARY KEY,
    attributes JSONB NOT NULL DEFAULT '{}',
    tags TEXT[] NOT NULL DEFAULT '{}'
);

CREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);
CREATE INDEX products_tags_idx ON products USING gin (tags);
