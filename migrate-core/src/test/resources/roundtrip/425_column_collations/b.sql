-- change: one column gains a collation, one loses it, a new column has one
CREATE TABLE products (id integer PRIMARY KEY, code text COLLATE "C", name text, label varchar(20) COLLATE "POSIX",
    sort_key text COLLATE "C" NOT NULL DEFAULT '');
