-- options: standard
-- the first statement

/* a block
   comment */
-- another
SELECT 1;
   /* indented */   SELECT 2;
