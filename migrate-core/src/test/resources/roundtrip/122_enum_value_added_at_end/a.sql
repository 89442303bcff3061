-- dialects: postgresql
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'shipped');

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed'
);
