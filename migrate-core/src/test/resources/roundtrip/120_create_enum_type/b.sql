-- change: an enum type that no column uses yet
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY
);

CREATE TYPE order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'delivered', 'cancelled');
