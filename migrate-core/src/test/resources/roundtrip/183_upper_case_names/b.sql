-- change: quoted upper-case names (H2 stores them like unquoted ones, PostgreSQL does not) and a quoted lower-case
-- table whose name differs from "PRODUCTS" only in case
CREATE TABLE "PRODUCTS" (
    "ID" INT NOT NULL PRIMARY KEY,
    "SKU" VARCHAR(40) NOT NULL,
    "PRICE" NUMERIC(10, 2),
    "note" VARCHAR(200)
);

CREATE TABLE "products" (
    id INT NOT NULL PRIMARY KEY
);
