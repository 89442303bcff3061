-- change: H2's inline ENUM column type gets a label in the middle (an ALTER COLUMN type on H2)
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status ENUM('placed', 'on_hold', 'paid', 'shipped') NOT NULL DEFAULT 'placed'
);
