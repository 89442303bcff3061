-- dialects: postgresql, h2
CREATE TABLE invoices (
    id BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL PRIMARY KEY,
    number VARCHAR(20) NOT NULL
);
