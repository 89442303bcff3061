package dev.migrate.schema.diff;

import dev.migrate.schema.model.Extension;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.ops.SchemaOp;

import java.util.Map;

/**
 * Extensions, by name within the schema that holds their objects: installed before anything else is created
 * (columns, indexes and functions may use what they bring), updated to the desired version, removed last of all.
 * What an extension installs is never compared one by one: the introspection leaves it out.
 */
final class ExtensionComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Extension> before = Comparison.byName(c.current, Schema::extensions, Extension::name);
        Map<QualifiedName, Extension> after = Comparison.byName(c.desired, Schema::extensions, Extension::name);
        for (Map.Entry<QualifiedName, Extension> entry : after.entrySet()) {
            Extension old = before.get(entry.getKey());
            if (old == null) {
                c.add(Phase.EXTENSIONS, new SchemaOp.CreateExtension(entry.getKey(), entry.getValue()));
            } else if (!old.version().equals(entry.getValue().version())) {
                c.add(Phase.EXTENSIONS, new SchemaOp.AlterExtension(entry.getKey(), old, entry.getValue()));
            }
        }
        for (Map.Entry<QualifiedName, Extension> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                c.add(Phase.DROP_EXTENSIONS, new SchemaOp.DropExtension(entry.getKey(), entry.getValue()));
            }
        }
    }
}
