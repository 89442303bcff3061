-- dialects: postgresql, h2
CREATE TABLE invoices (
    id BIGINT NOT NULL PRIMARY KEY,
    number BIGINT NOT NULL
);
