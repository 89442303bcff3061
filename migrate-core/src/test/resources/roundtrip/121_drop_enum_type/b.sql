-- change: the unused enum type goes away
CREATE TYPE payment_method AS ENUM ('card', 'invoice', 'paypal');

CREATE TABLE payments (
    id INT NOT NULL PRIMARY KEY,
    method payment_method NOT NULL
);
