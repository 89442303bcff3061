INSERT INTO audit (what) VALUES ('before each');
