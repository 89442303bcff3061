-- The whole schema as it should be. Edit this file, then run migrate:generate with autogenerate.

CREATE TABLE customers (
    id BIGINT NOT NULL PRIMARY KEY,
    email VARCHAR(200) NOT NULL, -- migrate:renamed-from mail
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE orders (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id BIGINT NOT NULL,
    total_cents BIGINT UNSIGNED NOT NULL,
    status ENUM('open', 'paid', 'shipped') NOT NULL DEFAULT 'open',
    updated_at DATETIME NULL,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) COMMENT 'One row per checkout';

CREATE VIEW open_orders AS SELECT id, customer_id, total_cents FROM orders WHERE status = 'open';

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.updated_at = NOW();

DELIMITER $$
CREATE PROCEDURE close_order(IN wanted BIGINT)
BEGIN
    UPDATE orders SET status = 'shipped' WHERE id = wanted;
    SELECT ROW_COUNT();
END$$
DELIMITER ;
