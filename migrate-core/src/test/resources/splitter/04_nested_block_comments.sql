-- options: postgresql
/* outer /* inner; */ still a comment; ' */
SELECT 1 /* one /* two /* three; */ */ ; */ + 1;
SELECT 2;
