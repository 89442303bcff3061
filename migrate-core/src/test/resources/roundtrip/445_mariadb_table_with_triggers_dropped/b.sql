-- change: a table goes away with its trigger (the downgrade creates the table, then the trigger)
CREATE TABLE keep (id INT NOT NULL PRIMARY KEY);
