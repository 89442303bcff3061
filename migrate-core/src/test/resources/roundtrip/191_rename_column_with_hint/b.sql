-- change: mail is renamed to email (hinted); the index follows the column
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL, -- migrate:renamed-from mail
    phone VARCHAR(30)
);

CREATE INDEX customers_mail_idx ON customers (email);
