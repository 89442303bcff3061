import static dev.migrate.maven.it.ItSupport.*

def directory = new File(basedir, 'src/main/resources/db/migrations')
def files = directory.listFiles().collect { it.name }.sort()
assert files.size() == 3
// The first revision's id is random, so it may sort after the third's: find it by name, not by position.
def firstFile = files.find { it ==~ /\d{8}_\d{4}-[0-9a-f]{12}_create_users_table\.sql/ }
assert firstFile != null
assert files.any { it ==~ /\d{8}_\d{4}-second_rev_second\.sql/ }
assert files.any { it ==~ /\d{8}_\d{4}-[0-9a-f]{12}_third_with_punctuation\.sql/ }

def first = firstFile.replaceAll(/^\d{8}_\d{4}-([0-9a-f]{12})_.*/, '$1')
def text = { String name -> new File(directory, files.find { it.contains(name) }).text }
assert text('create_users').contains("-- Create users table\n--\n-- Revision ID: ${first}\n-- Revises:\n-- Create Date: ")
assert text('second_rev').contains("-- Revision ID: second_rev\n-- Revises: ${first}\n")
assert text('third').contains("-- Third: with punctuation!\n")
assert text('third').contains("-- Revises: second_rev\n")
assert text('third').contains("-- migrate:upgrade\n\n-- migrate:downgrade\n")

assertLogContains(basedir, "Generated ${first} (Create users table), a base revision: ",
        "Generated second_rev (Second), revises ${first}: ",
        'Upgraded to ', 'Up to date:  yes')
assert h2(basedir, 'SELECT count(*) FROM migrate_history') == [[3L]]
