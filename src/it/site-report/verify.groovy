import static dev.migrate.maven.it.ItSupport.*

def page = read(basedir, 'target/site/migrate.html')
assertLogContains(basedir, 'Report: target/site/migrate.html (5 revision(s))')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<h3>Revision graph</h3>')
assert page.contains('5 revisions in src/main/resources/db/migrations; database jdbc:h2:file:')
assert page.contains(': at ga, 3 pending.</p>')

// The drawing inside the page: a node per revision, a line per parent link, one current revision.
def svgText = page.substring(page.indexOf('<svg'), page.indexOf('</svg>') + 6)
def svg = new groovy.xml.XmlSlurper().parseText(svgText)
def nodes = svg.'**'.findAll { it.name() == 'g' }*.@'data-revision'*.text()
assert nodes.size() == 5 && nodes.containsAll(['g1', 'ga', 'gb', 'gm', 'g2'])
assert svg.'**'.findAll { it.name() == 'circle' && it.@class == 'current' }.size() == 1
def table = page.substring(page.indexOf('<table class="revisions">'), page.indexOf('</table>'))
assert table.count('<tr><td') == 5
assert table.contains('<td class="id">ga (names)</td>')
def pending = page.substring(page.indexOf('<ol class="pending">'), page.indexOf('</ol>'))
assert pending.count('<li>') == 3
