import dev.migrate.maven.it.ItSupport

['it_offline', 'it_online'].each { ItSupport.query(pgUrl, null, null, "DROP SCHEMA IF EXISTS ${it} CASCADE") }
return true
