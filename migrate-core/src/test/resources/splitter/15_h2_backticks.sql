-- options: h2
CREATE TABLE `odd;name` (`a``b;` INT);
SELECT `it's` FROM `odd;name`;
