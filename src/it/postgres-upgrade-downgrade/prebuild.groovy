import dev.migrate.maven.it.ItSupport

ItSupport.query(pgUrl, null, null, 'DROP SCHEMA IF EXISTS it_goals CASCADE')
return true
