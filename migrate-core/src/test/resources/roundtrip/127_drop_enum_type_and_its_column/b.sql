-- change: the column and its type go away (column first, then type)
CREATE TABLE diary_entries (
    id INT NOT NULL PRIMARY KEY,
    body TEXT NOT NULL
);
