-- dialects: postgresql, h2
CREATE TABLE "user" (
    "id" INT NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL
);
