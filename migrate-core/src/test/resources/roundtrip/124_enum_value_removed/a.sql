-- dialects: postgresql
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'on_hold', 'shipped');

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed',
    previous_status order_status
);
