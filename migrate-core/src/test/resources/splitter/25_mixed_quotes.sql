-- options: standard
SELECT 'say "hi;"', "it's;" FROM t;
SELECT '/* not; a comment', '-- nor; this' FROM t;
SELECT "/*", "--" FROM t;
