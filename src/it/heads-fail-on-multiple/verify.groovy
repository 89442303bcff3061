import static dev.migrate.maven.it.ItSupport.*

def migrations = 'src/main/resources/db/migrations'
assertLogContains(basedir,
        'h2a (naming) (head), Add item name',
        '    Revises:      h1',
        '    Create Date:  2026-11-21 10:02:00',
        "    File:         ${migrations}/20261121_1002-h2a_add_item_name.sql",
        'h2b (head), Add item price',
        "2 heads: run migrate:merge to join them, or target 'heads' (all of them) or '<label>@head' (one branch).",
        'Report: target/migrate/heads.json',
        "the migrations have 2 heads (h2a in ${migrations}/20261121_1002-h2a_add_item_name.sql, h2b in "
                + "${migrations}/20261121_1003-h2b_add_item_price.sql); run migrate:merge to join them "
                + "(migrate.failOnMultipleHeads=true)")
assertLogLacks(basedir, 'Database: ')

def heads = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/heads.json'))
assert heads.heads.collect { it.revision } == ['h2a', 'h2b']
assert heads.heads[0].branchLabels == ['naming']
assert heads.heads[1].revises == ['h1']
assert !new File(basedir, 'target/migrate/db.mv.db').exists() : 'heads must not open a database'
