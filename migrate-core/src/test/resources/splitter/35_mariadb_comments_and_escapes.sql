-- options: mariadb
# a hash comment; with a semicolon
INSERT INTO t VALUES ('it\'s; escaped', "double \"quoted\"; string", 'back\\');
SELECT 1--1;
SELECT `odd;name` FROM `t``q`; -- a comment with a space
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */;
/*M!100100 SET sql_mode = 'STRICT_ALL_TABLES' */;
/* a plain comment; */ SELECT 2;
-- migrate:lint-ignore MG104
DELETE FROM t;
