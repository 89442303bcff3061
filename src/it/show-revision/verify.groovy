import static dev.migrate.maven.it.ItSupport.*

def log = log(basedir).readLines().collect { it.replaceFirst(/^\[INFO\] /, '') }
def text = log.join('\n')
def expectedSeed = '''Revision:     bb22 (head)
Message:      Seed tags
File:         src/main/resources/db/migrations/20261121_1002-bb22_seed_tags.sql
Create Date:  2026-11-21 10:02:00
Revises:      aa11 (Create tags)
Revised by:   nothing (a head)
Applied:      no (pending)
Checksum:     '''
assert text.contains(expectedSeed) : text
assert text.contains('''-- migrate:upgrade    (line 7, 2 statements)
INSERT INTO tags (id, name) VALUES (1, 'red');
INSERT INTO tags (id, name)
    VALUES (2, 'blue');

-- migrate:downgrade    (line 12, 1 statement)
DELETE FROM tags WHERE id IN (1, 2);''') : text
assert text.contains('''Revision:     aa11 (current)
Message:      Create tags''') : text
assert text.contains('Applied:      yes (current)') : text
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['aa11']]
