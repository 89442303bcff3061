-- Create items
--
-- Revision ID: m1
-- Revises: 
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE items (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, kind ENUM('book', 'map') NOT NULL,
    title VARCHAR(200) NOT NULL);  # a hash comment
CREATE INDEX items_title ON items (title(20));

-- migrate:downgrade
DROP TABLE items;
