CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    mail VARCHAR(200) NOT NULL,
    phone VARCHAR(30)
);

CREATE INDEX customers_mail_idx ON customers (mail);
