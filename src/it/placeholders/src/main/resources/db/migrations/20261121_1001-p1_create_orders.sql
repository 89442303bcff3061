-- Create orders
--
-- Revision ID: p1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE ${region}_orders (
    id INT PRIMARY KEY,
    owner VARCHAR(40) DEFAULT '${owner}',
    tier VARCHAR(20) DEFAULT '${tier}',
    made_by VARCHAR(20) DEFAULT '${migrate:revision}',
    made_in VARCHAR(40) DEFAULT '${migrate:schema}',
    made_as VARCHAR(40) DEFAULT '${migrate:user}'
);
CREATE TABLE api_keys (k VARCHAR(40));
INSERT INTO api_keys VALUES ('${apiKey}');

-- migrate:downgrade
DROP TABLE api_keys;
DROP TABLE ${region}_orders;
