-- dialects: mariadb
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY,
    customer_id INT NOT NULL,
    total DECIMAL(10,2) NOT NULL);

CREATE VIEW order_totals AS SELECT customer_id, SUM(total) AS spent FROM orders GROUP BY customer_id;

CREATE VIEW big_spenders AS SELECT customer_id, spent FROM order_totals WHERE spent > 1000;

CREATE VIEW big_spender_count AS SELECT COUNT(*) AS how_many FROM big_spenders;
