INSERT INTO audit (what) VALUES ('after upgrade');
