-- dialects: mariadb
CREATE TABLE bookings (id INT NOT NULL PRIMARY KEY,
    nights INT NOT NULL CHECK (nights > 0),
    guests INT NOT NULL);
