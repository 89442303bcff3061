import static dev.migrate.maven.it.ItSupport.*

def log = log(basedir).readLines().collect { it.replaceFirst(/^\[INFO\] /, '') }.join('\n')
assert log.contains('''Range g1:heads: 5 revisions.
* gm -> g2 (head), Index user email
|     pending, created 2026-11-21 10:05:00
* ga, gb -> gm (mergepoint), Merge name and email
|     pending, created 2026-11-21 10:04:00
|\\
* | g1 -> ga (names) (current), Add user name
| |     applied, created 2026-11-21 10:02:00
| * g1 -> gb, Add user email
| |     pending, created 2026-11-21 10:03:00
|/
* <base> -> g1 (branchpoint), Create users
      applied, created 2026-11-21 10:01:00''') : log
assert log.contains('''Range -1:current: 2 revisions.
* g1 -> ga (names) (current), Add user name
|     applied, created 2026-11-21 10:02:00, src/main/resources/db/migrations/20261121_1002-ga_add_user_name.sql
* <base> -> g1 (branchpoint), Create users
      applied, created 2026-11-21 10:01:00, src/main/resources/db/migrations/20261121_1001-g1_create_users.sql''') : log

def history = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/history.json'))
assert history.range == '-1:current'
assert history.revisions.collect { it.revision } == ['ga', 'g1']
assert history.revisions[0].branchLabels == ['names']
assert history.revisions[1].children == ['ga', 'gb']
assert history.revisions.collect { it.lane } == [0, 0]

// Pictures of every revision: the SVG has a node per revision and a line per parent link.
def all = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/pictures/history.json'))
def svg = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/pictures/history.svg'))
assert svg.'**'.findAll { it.name() == 'g' }*.@'data-revision'*.text() == all.revisions*.revision
assert svg.'**'.findAll { it.name() == 'path' && it.@class == 'edge' }.size() == all.revisions.sum { it.revises.size() }
assert svg.'**'.findAll { it.name() == 'circle' && it.@class == 'current' }.size() == 1
def mermaid = read(basedir, 'target/pictures/history.mermaid')
assert mermaid.startsWith('flowchart TD\n')
assert mermaid.contains('r_gm --> r_ga') && mermaid.contains('r_gm --> r_gb')
assertLogContains(basedir, 'Report: target/pictures/history.svg', 'Report: target/pictures/history.mermaid')
