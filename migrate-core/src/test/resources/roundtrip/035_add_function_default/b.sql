-- change: defaults that call functions: CURRENT_TIMESTAMP, CURRENT_DATE and now()
CREATE TABLE audit_entries (
    id INT NOT NULL PRIMARY KEY,
    message VARCHAR(500) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_on DATE DEFAULT CURRENT_DATE,
    logged_at TIMESTAMP WITH TIME ZONE DEFAULT now()
);
