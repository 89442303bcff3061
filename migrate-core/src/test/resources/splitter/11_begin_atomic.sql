-- options: postgresql
CREATE FUNCTION grade(score int) RETURNS text
    LANGUAGE sql
BEGIN ATOMIC
    SELECT CASE WHEN score >= 90 THEN 'A;'
                WHEN score >= 50 THEN 'B'
                ELSE 'C' END;
    SELECT 'done';
END;
SELECT grade(95);
