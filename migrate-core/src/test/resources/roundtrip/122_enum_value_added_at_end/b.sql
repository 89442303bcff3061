-- change: a label appended (ALTER TYPE ... ADD VALUE; its reverse must rebuild the type)
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'shipped', 'delivered');

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed'
);
