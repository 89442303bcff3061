-- dialects: postgresql, h2
CREATE TABLE "PRODUCTS" (
    "ID" INT NOT NULL PRIMARY KEY,
    "SKU" VARCHAR(40) NOT NULL
);
