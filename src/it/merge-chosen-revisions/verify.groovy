import static dev.migrate.maven.it.ItSupport.*

def migrations = 'src/main/resources/db/migrations'
def merge = new File(basedir, migrations).listFiles().find { it.name ==~ /\d{8}_\d{4}-release1_release\.sql/ }
assert merge != null
assert merge.text.contains('-- Release\n--\n-- Revision ID: release1\n-- Revises: ac2, bi1\n-- Create Date: ')
assert merge.text.contains('-- Branch Labels: release\n\n-- migrate:upgrade\n\n-- migrate:downgrade\n')

assertLogContains(basedir,
        "Generated merge revision release1 (Release), revises ac2 (${migrations}/20261121_1003-ac2_accounts_two.sql) "
                + "and bi1 (${migrations}/20261121_1004-bi1_billing.sql): ",
        'release1 (release) (head), Release',
        'rp1 (head), Reports',
        "migrate.revisions = 'ac1,ac2': ac1 (${migrations}/20261121_1002-ac1_accounts.sql) already lies below ac2 "
                + "(${migrations}/20261121_1003-ac2_accounts_two.sql); merge revisions that are on different branches")
assert new File(basedir, migrations).list().length == 6
