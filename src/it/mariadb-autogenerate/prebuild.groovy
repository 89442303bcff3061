import dev.migrate.maven.it.ItSupport

// A database of its own: autogenerate works in the URL's database (a schema is a database on MariaDB).
def url = mariadbUrl.replaceFirst('(//[^/]+/)[^?]*', '$1it_mariadb_autogen')
ItSupport.query(mariadbUrl, null, null, 'DROP DATABASE IF EXISTS it_mariadb_autogen')
ItSupport.query(mariadbUrl, null, null, 'CREATE DATABASE it_mariadb_autogen')
def mvn = new File(basedir, '.mvn')
mvn.mkdirs()
new File(mvn, 'maven.config').text = "-Dmigrate.url=${url}\n"
return true
