-- Seed the catalogue and reprice paperbacks
--
-- Revision ID: e27a90b4c3f1
-- Revises: 8c4f2d7e1a6b
-- Create Date: 2026-11-21 09:30:00

-- A data migration: rows go in with the schema, and come out again on downgrade.

-- migrate:upgrade
INSERT INTO authors (id, name) VALUES
    (1, 'Ursula K. Le Guin'),
    (2, 'Terry Pratchett'),
    (3, 'Octavia E. Butler');

INSERT INTO books (id, author_id, title, price_cents, isbn) VALUES
    (1, 1, 'The Dispossessed', 1299, '978-0-06-051275-3'),
    (2, 2, 'Small Gods', 999, '978-0-552-13890-5'),
    (3, 3, 'Kindred', 1150, '978-0-8070-8305-6'),
    (4, 2, 'Going Postal; a Discworld novel', 1099, '978-0-552-14943-7');

-- Paperback prices went up by 5% (rounded to whole cents).
UPDATE books SET price_cents = (price_cents * 105 + 50) / 100;

-- migrate:downgrade
DELETE FROM books WHERE id IN (1, 2, 3, 4);
DELETE FROM authors WHERE id IN (1, 2, 3);
