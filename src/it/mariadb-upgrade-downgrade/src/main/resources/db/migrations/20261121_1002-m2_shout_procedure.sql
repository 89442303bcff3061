-- Shout procedure
--
-- Revision ID: m2
-- Revises: m1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
DELIMITER $$
CREATE PROCEDURE add_shouted(IN p_title VARCHAR(200))
BEGIN
    INSERT INTO items (kind, title) VALUES ('book', CONCAT(UPPER(p_title), '!')); -- a semicolon in a body
END$$
DELIMITER ;
CALL add_shouted('dune');

-- migrate:downgrade
DELETE FROM items;
DROP PROCEDURE add_shouted;
