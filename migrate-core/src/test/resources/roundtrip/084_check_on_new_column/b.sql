-- change: a new NOT NULL column with a default and a check on it
CREATE TABLE reviews (
    id INT NOT NULL PRIMARY KEY,
    body VARCHAR(2000) NOT NULL,
    rating INT NOT NULL DEFAULT 3 CONSTRAINT reviews_rating_ck CHECK (rating BETWEEN 1 AND 5)
);
