-- change: the trigger's body changes (dropped and created again) and it gets a twin on UPDATE
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL, slug VARCHAR(100) NULL);

CREATE TRIGGER items_slug BEFORE INSERT ON items FOR EACH ROW SET NEW.slug = REPLACE(LOWER(NEW.name), ' ', '-');

CREATE TRIGGER items_slug_update BEFORE UPDATE ON items FOR EACH ROW SET NEW.slug = REPLACE(LOWER(NEW.name), ' ', '-');
