import dev.migrate.maven.it.ItSupport

for (int i = 1; i <= 6; i++) {
    ItSupport.query(pgUrl, null, null, "DROP SCHEMA IF EXISTS it_fleet_t$i CASCADE")
    ItSupport.query(pgUrl, null, null, "CREATE SCHEMA it_fleet_t$i")
}
// Tenant 4 has a table in the way of the second revision: it fails there until the fix.
ItSupport.query(pgUrl, null, null, 'CREATE TABLE it_fleet_t4.notes (legacy int)')
return true
