-- change: a new table keyed by a bigserial, with a smallserial counter
CREATE TABLE customers (
    id INT NOT NULL PRIMARY KEY
);

CREATE TABLE notes (
    id BIGSERIAL PRIMARY KEY,
    revision SMALLSERIAL,
    body TEXT NOT NULL
);
