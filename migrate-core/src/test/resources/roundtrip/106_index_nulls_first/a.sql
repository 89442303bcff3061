-- dialects: postgresql
CREATE TABLE tasks (
    id INT NOT NULL PRIMARY KEY,
    due_at TIMESTAMP
);

CREATE INDEX tasks_due_idx ON tasks (due_at);
