-- options: postgresql
SELECT E'it\'s; escaped';
SELECT e'back\\', 'plain';
SELECT 'C:\';
SELECT E'line\nbreak', E'a''b;';
SELECT date'2026-01-01', typE'C:\' FROM t;
