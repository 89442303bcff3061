INSERT INTO audit (what) VALUES ('after each');
