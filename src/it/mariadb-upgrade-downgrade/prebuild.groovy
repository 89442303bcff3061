import dev.migrate.maven.it.ItSupport

ItSupport.query(mariadbUrl, null, null, 'DROP DATABASE IF EXISTS it_mariadb_goals')
return true
