-- change: categories form a tree (a new column referencing the same table)
CREATE TABLE categories (
    id INT NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    parent_id INT,
    CONSTRAINT categories_parent_fk FOREIGN KEY (parent_id) REFERENCES categories (id) ON DELETE CASCADE
);
