CREATE TABLE IF NOT EXISTS ${region}_audit (note VARCHAR(40));
