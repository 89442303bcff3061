-- Second
--
-- Revision ID: u2
-- Revises: u1
-- Create Date: 2026-11-21 10:02:00

-- migrate:upgrade
CREATE TABLE second_table (
    id INT,
    tenant VARCHAR(40) DEFAULT '${tenant}'
);
