-- dialects: postgresql, h2
CREATE TABLE api_tokens (
    token UUID NOT NULL PRIMARY KEY,
    owner VARCHAR(100) NOT NULL
);
