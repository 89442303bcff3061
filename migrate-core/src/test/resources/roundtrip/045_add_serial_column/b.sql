-- change: a serial column (a sequence owned by the column, and a nextval default)
CREATE TABLE tickets (
    code VARCHAR(20) NOT NULL PRIMARY KEY,
    subject VARCHAR(200) NOT NULL,
    seq_no SERIAL
);
