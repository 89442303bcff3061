-- dialects: postgresql
CREATE TYPE payment_method AS ENUM ('card', 'invoice', 'paypal');

CREATE TYPE legacy_flag AS ENUM ('yes', 'no');

CREATE TABLE payments (
    id INT NOT NULL PRIMARY KEY,
    method payment_method NOT NULL
);
