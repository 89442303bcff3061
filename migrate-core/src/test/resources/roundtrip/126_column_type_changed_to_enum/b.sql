-- change: a varchar column becomes an enum (needs USING method::payment_method)
CREATE TYPE payment_method AS ENUM ('card', 'invoice', 'paypal');

CREATE TABLE payments (
    id INT NOT NULL PRIMARY KEY,
    method payment_method NOT NULL
);
