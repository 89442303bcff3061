package javamigrations.broken;

import dev.migrate.Revision;

/** Has a header but does not implement JavaMigration: refused, naming the class. */
@Revision(id = "b1", message = "Not a migration")
public class AnnotatedButNotAMigration {
}
