-- change: the counters outgrow their types (the primary key too)
CREATE TABLE page_views (
    id BIGINT NOT NULL PRIMARY KEY,
    view_count BIGINT NOT NULL DEFAULT 0,
    bytes_served INT
);
