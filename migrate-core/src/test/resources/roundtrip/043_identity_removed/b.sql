-- change: ids come from the application again
CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY,
    number VARCHAR(20) NOT NULL
);
