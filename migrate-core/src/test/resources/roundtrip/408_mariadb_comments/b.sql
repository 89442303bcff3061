-- change: the table gets a comment, and the column's changes
CREATE TABLE plans (id INT NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL COMMENT 'shown on the pricing page')
    COMMENT = 'what customers subscribe to';
