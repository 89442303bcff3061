-- change: a child table inheriting the parent's columns, and a column added to the parent (once, not per child)
CREATE TABLE vehicles (id integer PRIMARY KEY, name text NOT NULL, built_on date);
CREATE TABLE trucks (payload_kg integer CHECK (payload_kg > 0)) INHERITS (vehicles);
CREATE TABLE buses () INHERITS (vehicles);
