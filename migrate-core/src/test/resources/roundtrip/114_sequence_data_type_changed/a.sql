-- dialects: postgresql, h2
CREATE SEQUENCE batch_numbers AS INTEGER START WITH 1;
