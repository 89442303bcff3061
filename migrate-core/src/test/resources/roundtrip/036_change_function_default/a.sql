-- dialects: postgresql, h2
CREATE TABLE audit_entries (
    id INT NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP DEFAULT TIMESTAMP '2099-12-31 00:00:00',
    note VARCHAR(100) DEFAULT 'none'
);
