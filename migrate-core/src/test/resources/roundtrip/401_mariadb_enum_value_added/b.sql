-- change: an ENUM gets a value, and a SET column appears
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
    flags SET('gift', 'rush'));
