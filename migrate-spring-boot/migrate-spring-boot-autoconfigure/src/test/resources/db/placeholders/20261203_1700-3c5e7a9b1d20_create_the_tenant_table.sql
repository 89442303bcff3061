-- Create the tenant's table
--
-- Revision ID: 3c5e7a9b1d20
-- Revises:
-- Create Date: 2026-12-03 17:00:00

-- migrate:upgrade
CREATE TABLE ${tenant}_settings (id INTEGER PRIMARY KEY, greeting VARCHAR(100) NOT NULL, api_key VARCHAR(100));
INSERT INTO ${tenant}_settings (id, greeting, api_key) VALUES (1, '${greeting}', '${vendor_key}');

-- migrate:downgrade
DROP TABLE ${tenant}_settings;
