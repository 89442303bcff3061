-- change: mixed-case names everywhere: a column, a constraint, an index, a second table with a foreign key
CREATE TABLE "CustomerAccount" (
    "Id" INT NOT NULL PRIMARY KEY,
    "firstName" VARCHAR(100) NOT NULL,
    "lastName" VARCHAR(100) NOT NULL,
    CONSTRAINT "CustomerAccount_Name_UQ" UNIQUE ("firstName", "lastName")
);

CREATE INDEX "CustomerAccount_LastName_Idx" ON "CustomerAccount" ("lastName");

CREATE TABLE "LoginEvent" (
    "Id" INT NOT NULL PRIMARY KEY,
    "accountId" INT NOT NULL,
    CONSTRAINT "LoginEvent_Account_FK" FOREIGN KEY ("accountId") REFERENCES "CustomerAccount" ("Id")
);

COMMENT ON COLUMN "CustomerAccount"."lastName" IS 'Family name';
