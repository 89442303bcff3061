package dev.migrate.schema.diff;

import dev.migrate.schema.model.UnsupportedObject;

import java.util.Set;
import java.util.TreeSet;

/** Objects found on either side that migrate does not manage: not compared, but named in one warning. */
final class UnsupportedObjects implements Comparer {

    @Override
    public void compare(Comparison c) {
        Set<String> seen = new TreeSet<>();
        for (UnsupportedObject object : c.desired.unsupported()) {
            seen.add(object.toString());
        }
        for (UnsupportedObject object : c.current.unsupported()) {
            seen.add(object.toString());
        }
        if (!seen.isEmpty()) {
            c.warn("not compared (migrate does not manage these kinds of objects): " + String.join(", ", seen));
        }
    }
}
