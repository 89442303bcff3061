-- change: the comment says something else, with an apostrophe
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    name VARCHAR(100)
);

COMMENT ON TABLE customers IS 'Everyone with an account, whether or not they''ve bought';
