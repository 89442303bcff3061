package dev.migrate.dialect.mariadb;

import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.model.QualifiedName;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names MariaDB makes up: every primary key is {@code PRIMARY}, an unnamed foreign key is {@code <table>_ibfk_<n>},
 * an unnamed check {@code CONSTRAINT_<n>}. Those numbers depend on what else the table had, so a constraint whose name
 * was made up is created under a name derived from its definition. The type of a column that a foreign key uses
 * cannot change while the key is there, so such keys are dropped around the change.
 */
final class MariaDbDiffHooks implements DiffHooks {

    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT_\\d+");

    @Override
    public boolean isGeneratedName(NamedKind kind, QualifiedName table, String name) {
        return switch (kind) {
            case PRIMARY_KEY -> true;
            case FOREIGN_KEY -> name.matches(Pattern.quote(table.name()) + "_ibfk_\\d+");
            case CHECK -> CHECK_NAME.matcher(name).matches();
            default -> false;
        };
    }

    @Override
    public String createdName(NamedKind kind, QualifiedName table, List<String> columns, String definition,
                              String name) {
        if (!isGeneratedName(kind, table, name) || kind == NamedKind.PRIMARY_KEY) {
            return name;
        }
        String base = table.name() + "_" + String.join("_", columns) + (kind == NamedKind.FOREIGN_KEY ? "_fk" : "_check");
        if (kind == NamedKind.CHECK) {
            base += "_" + Integer.toHexString(definition == null ? 0 : definition.hashCode());
        }
        return base.length() <= 64 ? base : base.substring(0, 55) + "_" + Integer.toHexString(base.hashCode());
    }

    /** MariaDB and MySQL refuse to {@code MODIFY} the type of a column a foreign key uses (ER_FK_COLUMN_CANNOT_CHANGE). */
    @Override
    public boolean retypeNeedsForeignKeysDropped() {
        return true;
    }
}
