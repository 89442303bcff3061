-- change: a table "order" with columns "user", "group", "select" and "limit", constraints and an index on them
CREATE TABLE "user" (
    "id" INT NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL
);

CREATE TABLE "order" (
    "id" INT NOT NULL PRIMARY KEY,
    "user" INT NOT NULL REFERENCES "user" ("id"),
    "group" VARCHAR(20) NOT NULL DEFAULT 'default',
    "select" BOOLEAN NOT NULL DEFAULT FALSE,
    "limit" INT CHECK ("limit" > 0)
);

CREATE INDEX "order_group" ON "order" ("group", "user");

CREATE VIEW "table" AS SELECT "id", "user" FROM "order";
