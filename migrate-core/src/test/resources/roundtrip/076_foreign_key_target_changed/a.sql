CREATE TABLE people (
    id INT NOT NULL PRIMARY KEY
);

CREATE TABLE companies (
    id INT NOT NULL PRIMARY KEY
);

CREATE TABLE invoices (
    id INT NOT NULL PRIMARY KEY,
    billed_to INT NOT NULL,
    CONSTRAINT invoices_billed_to_fk FOREIGN KEY (billed_to) REFERENCES people (id)
);
