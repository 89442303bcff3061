-- change: a table check over two columns, and one with OR and IN
CREATE TABLE promotions (
    id INT NOT NULL PRIMARY KEY,
    starts_on DATE NOT NULL,
    ends_on DATE,
    percent_off INT NOT NULL,
    CONSTRAINT promotions_dates_ck CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT promotions_percent_ck CHECK (percent_off IN (5, 10, 15, 20, 25, 50))
);
