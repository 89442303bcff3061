-- change: qty becomes unsigned, price zerofill
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, qty INT UNSIGNED NOT NULL, price DECIMAL(8,2) UNSIGNED ZEROFILL);
