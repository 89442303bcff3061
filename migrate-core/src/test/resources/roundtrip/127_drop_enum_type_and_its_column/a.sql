-- dialects: postgresql
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE diary_entries (
    id INT NOT NULL PRIMARY KEY,
    body TEXT NOT NULL,
    feeling mood
);
