CREATE TABLE page_views (
    id INT NOT NULL PRIMARY KEY,
    view_count INT NOT NULL DEFAULT 0,
    bytes_served SMALLINT
);
