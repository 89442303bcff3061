import static dev.migrate.maven.it.ItSupport.*

def text = log(basedir)

// Maven's own parameter dump shows the parameters that can hold a secret masked.
assertLogContains(basedir,
        '[DEBUG]   (f) password = ****',
        '[DEBUG]   (f) shadowUrl = jdbc:h2:mem:shadow;PASSWORD=****',
        '[DEBUG]   (f) url = jdbc:h2:file:./target/url-db;USER=sa;PASSWORD=****',
        // the goals did run
        'Upgrading 2/2: s2 (First note)',
        'Up to date:  yes',
        'Nothing to stamp',
        'Nothing to repair',
        'All checks passed',
        'Nothing to downgrade',
        'migrate:merge',
        'Report: target/migrate/status.json',
        // -e printed stack traces, from the refused merge and from the failed revision
        'org.apache.maven.plugin.MojoFailureException',
        'upgrade of s3 (Broken on purpose) failed at src/broken/20261121_1003-s3_broken.sql:8',
        'Caused by: ',
        // migrate:help's header names every goal (help wraps it)
        'This plugin has 15 goals:')
assert text.replaceAll(/\s+/, ' ').contains('Maven goals for migrate: generate, upgrade, downgrade, status, history, '
        + 'heads, branches, merge, stamp, repair, show, check, baseline, and the site report.')

for (secret in ['It-Secret-9f3', 'It-Shadow-4c1', 'It-Url-Secret-7', 'it-h2-server-pass']) {
    // Maven 4's launcher echoes its own command line under -X, -D values included: Maven's output, not the goals'
    // (the README says to pass passwords through the environment or settings.xml for that reason).
    def lines = text.readLines().findAll { it.contains(secret) }
            .findAll { !(it.startsWith('Command line: ') && it.contains('plexus-classworlds')) }
    assert lines.isEmpty(): "${secret} appears in build.log:\n" + lines.join('\n')
    new File(basedir, 'target/migrate').eachFileRecurse { report ->
        assert !report.text.contains(secret): "${secret} appears in ${report}"
    }
}

assert query('jdbc:h2:file:' + new File(basedir, 'target/db').absolutePath, 'sa', 'It-Secret-9f3',
        'SELECT revision FROM migrate_version') == [['s2']]
