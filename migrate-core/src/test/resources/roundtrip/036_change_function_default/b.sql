-- change: a literal default becomes a function and back
CREATE TABLE audit_entries (
    id INT NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL DEFAULT TIMESTAMP '2000-01-01 00:00:00',
    expires_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    note VARCHAR(100) DEFAULT 'it''s new'
);
