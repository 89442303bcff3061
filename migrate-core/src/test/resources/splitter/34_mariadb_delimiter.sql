-- options: mariadb
CREATE TABLE orders (id INT PRIMARY KEY, total INT);

DELIMITER $$
CREATE PROCEDURE add_order(IN p_id INT)
BEGIN
    INSERT INTO orders VALUES (p_id, 0);
    SELECT 'done; really' AS note;
END$$

CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW
BEGIN
    IF NEW.total < 0 THEN SET NEW.total = 0; END IF;
END $$
delimiter ;

CALL add_order(1);
DELIMITER //
CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2; //
DELIMITER ;
SELECT twice(2);
