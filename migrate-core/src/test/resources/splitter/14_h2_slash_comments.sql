-- options: h2
// a comment; it's an H2 comment
SELECT 1 // trailing; with a ' quote
;
SELECT 2; // after
SELECT '//not a comment;';
