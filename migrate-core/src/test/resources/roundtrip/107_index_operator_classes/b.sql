-- change: an index gets an operator class, a jsonb index gets jsonb_path_ops
CREATE TABLE t (id integer PRIMARY KEY, code text, tags jsonb);
CREATE INDEX t_code ON t (code text_pattern_ops);
CREATE INDEX t_tags ON t USING gin (tags jsonb_path_ops);
