-- change: a one-statement trigger and a BEGIN ... END trigger (DELIMITER) appear
CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, balance DECIMAL(12,2) NOT NULL,
    updated_at DATETIME NULL);

CREATE TABLE account_log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL,
    old_balance DECIMAL(12,2) NULL, new_balance DECIMAL(12,2) NULL);

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW SET NEW.updated_at = NOW();

DELIMITER //
CREATE TRIGGER accounts_log AFTER UPDATE ON accounts FOR EACH ROW
BEGIN
    IF NEW.balance <> OLD.balance THEN
        INSERT INTO account_log (account_id, old_balance, new_balance) VALUES (NEW.id, OLD.balance, NEW.balance);
    END IF;
END//
DELIMITER ;
