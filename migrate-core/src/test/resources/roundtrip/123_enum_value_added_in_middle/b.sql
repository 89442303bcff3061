-- change: a label inserted between two others (ADD VALUE ... BEFORE/AFTER, or a rebuild)
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'shipped', 'delivered');

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed'
);
