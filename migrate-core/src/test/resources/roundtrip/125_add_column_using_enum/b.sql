-- change: a new enum type and a NOT NULL column of it with a default (type first, then column)
CREATE TYPE shipment_status AS ENUM ('pending', 'in_transit', 'delivered', 'lost');

CREATE TABLE shipments (
    id INT NOT NULL PRIMARY KEY,
    tracking_code VARCHAR(40),
    status shipment_status NOT NULL DEFAULT 'pending'
);
