-- dialects: mariadb
CREATE TABLE accounts (id INT NOT NULL PRIMARY KEY, balance DECIMAL(12,2) NOT NULL,
    updated_at DATETIME NULL);

CREATE TABLE account_log (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL,
    old_balance DECIMAL(12,2) NULL, new_balance DECIMAL(12,2) NULL);
