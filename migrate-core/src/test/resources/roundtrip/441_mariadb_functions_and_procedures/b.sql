-- change: a deterministic function and a procedure with IN/OUT parameters and a BEGIN ... END body appear
CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, total DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL);

CREATE FUNCTION with_vat(amount DECIMAL(10,2)) RETURNS DECIMAL(12,2) DETERMINISTIC COMMENT 'adds 20 % VAT'
RETURN amount * 1.2;

DELIMITER $$
CREATE PROCEDURE count_orders(IN wanted VARCHAR(20), OUT how_many INT)
    READS SQL DATA SQL SECURITY INVOKER
BEGIN
    SELECT COUNT(*) INTO how_many FROM orders WHERE status = wanted;
END$$
DELIMITER ;
