-- options: standard
-- a comment with ; and ' and " before the first statement
SELECT 1 -- trailing; 'not a string
;
SELECT 2, -- a quote " here; and here '
  3;
-- between statements; it's ignored
SELECT 4; -- after the semicolon; 'ignored too
