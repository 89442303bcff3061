-- options: standard
SELECT 1;
SELECT 2
-- a trailing comment stays with a statement that has no semicolon
