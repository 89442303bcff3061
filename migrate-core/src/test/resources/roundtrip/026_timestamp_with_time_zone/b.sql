-- change: the timestamps get a time zone, ended_at a smaller precision
CREATE TABLE sessions (
    id INT NOT NULL PRIMARY KEY,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at TIMESTAMP(3) WITH TIME ZONE
);
