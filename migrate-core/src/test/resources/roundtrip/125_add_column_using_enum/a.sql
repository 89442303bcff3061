-- dialects: postgresql
CREATE TABLE shipments (
    id INT NOT NULL PRIMARY KEY,
    tracking_code VARCHAR(40)
);
