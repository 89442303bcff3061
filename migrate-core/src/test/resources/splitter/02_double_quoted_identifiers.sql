-- options: standard
CREATE TABLE "odd;table" ("say ""hi;""" INT);
SELECT "a'b" FROM "odd;table";
SELECT """" FROM t;
