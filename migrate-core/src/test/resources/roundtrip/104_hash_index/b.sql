-- change: the same-named index changes method from btree to hash
CREATE TABLE sessions (
    id BIGINT NOT NULL PRIMARY KEY,
    token VARCHAR(64) NOT NULL
);

CREATE INDEX sessions_token_idx ON sessions USING hash (token);
