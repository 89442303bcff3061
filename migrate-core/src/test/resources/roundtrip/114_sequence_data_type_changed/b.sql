-- change: the sequence becomes a bigint (H2 has no ALTER SEQUENCE ... AS: it must be recreated there)
CREATE SEQUENCE batch_numbers AS BIGINT START WITH 1;
