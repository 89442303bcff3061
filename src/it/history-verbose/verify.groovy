import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'r2 -> r3 (head), Add note author',
        '    pending, created 2026-11-21 10:03:00, src/main/resources/db/migrations/20261121_1003-r3_add_note_author.sql',
        'r1 -> r2 (current), Index note bodies',
        '    applied, created 2026-11-21 10:02:00, src/main/resources/db/migrations/20261121_1002-r2_index_note_bodies.sql',
        '<base> -> r1, Create notes',
        'Report: target/migrate/history.json')

def history = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/history.json'))
assert history.revisions.collect { it.revision } == ['r3', 'r2', 'r1']
assert history.revisions.collect { it.applied } == [false, true, true]
assert history.revisions[0].revises == ['r2']
assert history.revisions[2].revises == []
assert history.revisions[1].createDate == '2026-11-21 10:02:00'
assert history.revisions[0].head && history.revisions[1].current
