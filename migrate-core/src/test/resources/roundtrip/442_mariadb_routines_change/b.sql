-- change: a function's body and parameters change, a procedure gains a parameter, one function goes away
CREATE FUNCTION with_vat(amount DECIMAL(10,2), rate DECIMAL(4,2)) RETURNS DECIMAL(12,2) DETERMINISTIC
RETURN amount * (1 + rate / 100);

CREATE PROCEDURE noop(IN ignored INT) BEGIN END;
