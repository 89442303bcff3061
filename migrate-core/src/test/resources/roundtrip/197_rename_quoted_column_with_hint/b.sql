-- change: a quoted mixed-case column is renamed, the hint names the old column quoted
CREATE TABLE "Person" (
    "Id" INT NOT NULL PRIMARY KEY,
    "givenName" VARCHAR(100) NOT NULL -- migrate:renamed-from "firstName"
);
