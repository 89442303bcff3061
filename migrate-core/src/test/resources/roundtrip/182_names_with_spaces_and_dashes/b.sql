-- change: names that need quotes for their characters, including a doubled quote
CREATE TABLE "order line" (
    "line id" INT NOT NULL PRIMARY KEY,
    "unit-price" NUMERIC(10, 2) NOT NULL,
    "qty ""boxed""" INT NOT NULL DEFAULT 1
);

CREATE INDEX "order line: price" ON "order line" ("unit-price");
