-- First
--
-- Revision ID: u1
-- Revises:
-- Create Date: 2026-11-21 10:01:00

-- migrate:upgrade
CREATE TABLE first_table (owner VARCHAR(40) DEFAULT '${owner}');
