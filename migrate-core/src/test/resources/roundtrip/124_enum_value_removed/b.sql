-- change: a label goes away (the type is rebuilt and both columns converted, defaults kept)
CREATE TYPE order_status AS ENUM ('placed', 'paid', 'shipped');

CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'placed',
    previous_status order_status
);
