-- dialects: postgresql, h2
CREATE TABLE audit_entries (
    id INT NOT NULL PRIMARY KEY,
    message VARCHAR(500) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_on DATE,
    logged_at TIMESTAMP WITH TIME ZONE
);
