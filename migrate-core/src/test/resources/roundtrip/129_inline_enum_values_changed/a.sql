-- dialects: h2
CREATE TABLE orders (
    id INT NOT NULL PRIMARY KEY,
    status ENUM('placed', 'paid', 'shipped') NOT NULL DEFAULT 'placed'
);
