-- change: in one table: a type widened, NOT NULL set and dropped, a column dropped and one added, a default
-- changed, a check changed, a unique added, an index replaced, the comment changed
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    name VARCHAR(50),
    status VARCHAR(10) DEFAULT 'active',
    credit_limit NUMERIC(12, 2),
    vip BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT customers_credit_ck CHECK (credit_limit >= 0 AND credit_limit <= 1000000)
);

CREATE INDEX customers_status_idx ON customers (status, name);

COMMENT ON TABLE customers IS 'Everyone with an account';
