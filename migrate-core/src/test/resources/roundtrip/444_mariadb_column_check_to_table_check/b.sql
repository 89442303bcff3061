-- change: the column-level check goes (by redefining the column) and a named table-level check comes
CREATE TABLE bookings (id INT NOT NULL PRIMARY KEY,
    nights INT NOT NULL,
    guests INT NOT NULL,
    CONSTRAINT bookings_sizes CHECK (nights > 0 AND guests BETWEEN 1 AND 8));
