-- options: standard
INSERT INTO notes (body) VALUES ('a; b');
INSERT INTO notes (body) VALUES ('it''s; still one string');
INSERT INTO notes (body) VALUES ('''; ''');
SELECT '' AS empty, 'x' AS x;
