-- dialects: postgresql, h2
CREATE TABLE "CustomerAccount" (
    "Id" INT NOT NULL PRIMARY KEY,
    "firstName" VARCHAR(100) NOT NULL
);
