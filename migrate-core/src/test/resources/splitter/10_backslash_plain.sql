-- options: standard
SELECT 'C:\';
SELECT 'D:\temp\';
SELECT E'x\';
