-- change: a primary key on a column that was nullable (the key makes it NOT NULL implicitly)
CREATE TABLE tags (
    code VARCHAR(20) PRIMARY KEY,
    label VARCHAR(50)
);
