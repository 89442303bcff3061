package dev.migrate.schema.diff;

import dev.migrate.schema.model.CheckConstraint;
import dev.migrate.schema.model.CompositeType;
import dev.migrate.schema.model.Domain;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.RangeType;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.ops.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Domains, composite types and range types (enum types have their own comparer, which runs first). They are created
 * in that order, after the enum types (a domain may be over an enum, a composite type may hold a domain, a range
 * may be over a domain), and dropped in the opposite order at the end.
 *
 * <p>A domain's default, NOT NULL, checks and comment change in place; a composite type's attributes change in
 * place when the kept ones keep their order and new ones come last. Anything else (a domain's base type, a range's
 * definition) is dropped and created again, with a warning, as that fails while columns use the type; the composite
 * and range types built on a domain that is created again are dropped before it and created again after it.
 */
final class UserTypeComparer implements Comparer {

    @Override
    public void compare(Comparison c) {
        Map<QualifiedName, Domain> domainsBefore = Comparison.byName(c.current, Schema::domains, Domain::name);
        Map<QualifiedName, Domain> domainsAfter = Comparison.byName(c.desired, Schema::domains, Domain::name);
        Map<QualifiedName, CompositeType> compositesBefore =
                Comparison.byName(c.current, Schema::compositeTypes, CompositeType::name);
        Map<QualifiedName, CompositeType> compositesAfter =
                Comparison.byName(c.desired, Schema::compositeTypes, CompositeType::name);
        Map<QualifiedName, RangeType> rangesBefore = Comparison.byName(c.current, Schema::rangeTypes, RangeType::name);
        Map<QualifiedName, RangeType> rangesAfter = Comparison.byName(c.desired, Schema::rangeTypes, RangeType::name);

        Set<QualifiedName> rebuiltDomains = new TreeSet<>();
        domainsAfter.forEach((name, domain) -> {
            Domain old = domainsBefore.get(name);
            if (old != null && (!old.baseType().equals(domain.baseType())
                    || !Objects.equals(old.collation(), domain.collation()))) {
                rebuiltDomains.add(name);
            }
        });
        Set<QualifiedName> rebuiltComposites = new TreeSet<>();
        compositesAfter.forEach((name, type) -> {
            CompositeType old = compositesBefore.get(name);
            if (old != null && (!old.equals(type) && !(alterable(old, type) && alterable(type, old))
                    || old.attributes().stream().anyMatch(a -> usesAny(a.type(), rebuiltDomains)))) {
                rebuiltComposites.add(name);
            }
        });
        Set<QualifiedName> rebuiltRanges = new TreeSet<>();
        rangesAfter.forEach((name, type) -> {
            RangeType old = rangesBefore.get(name);
            if (old != null && (!old.equals(type) || usesAny(old.subtype(), rebuiltDomains))) {
                rebuiltRanges.add(name);
            }
        });

        // Those that go away and are built on a domain created again go before it, with those created again.
        Set<QualifiedName> earlyRanges = new TreeSet<>(rebuiltRanges);
        rangesBefore.forEach((name, type) -> {
            if (!rangesAfter.containsKey(name) && usesAny(type.subtype(), rebuiltDomains)) {
                earlyRanges.add(name);
            }
        });
        Set<QualifiedName> earlyComposites = new TreeSet<>(rebuiltComposites);
        compositesBefore.forEach((name, type) -> {
            if (!compositesAfter.containsKey(name)
                    && type.attributes().stream().anyMatch(a -> usesAny(a.type(), rebuiltDomains))) {
                earlyComposites.add(name);
            }
        });
        for (QualifiedName name : earlyRanges) {
            c.add(Phase.TYPES, new SchemaOp.DropRangeType(name, rangesBefore.get(name)));
        }
        for (QualifiedName name : earlyComposites) {
            c.add(Phase.TYPES, new SchemaOp.DropCompositeType(name, compositesBefore.get(name)));
        }
        domainsAfter.forEach((name, domain) -> {
            Domain old = domainsBefore.get(name);
            if (old == null) {
                c.add(Phase.TYPES, new SchemaOp.CreateDomain(name, domain));
            } else if (rebuiltDomains.contains(name)) {
                recreated(c, "domain", name);
                c.add(Phase.TYPES, new SchemaOp.DropDomain(name, old));
                c.add(Phase.TYPES, new SchemaOp.CreateDomain(name, domain));
            } else if (!sameDomain(c, old, domain)) {
                c.add(Phase.TYPES, new SchemaOp.AlterDomain(name, old, domain));
            }
        });
        compositesAfter.forEach((name, type) -> {
            CompositeType old = compositesBefore.get(name);
            if (old == null || rebuiltComposites.contains(name)) {
                if (old != null) {
                    recreated(c, "composite type", name);
                }
                c.add(Phase.TYPES, new SchemaOp.CreateCompositeType(name, type));
            } else if (!old.equals(type)) {
                c.add(Phase.TYPES, new SchemaOp.AlterCompositeType(name, old, type));
            }
        });
        rangesAfter.forEach((name, type) -> {
            RangeType old = rangesBefore.get(name);
            if (old == null || rebuiltRanges.contains(name)) {
                if (old != null) {
                    recreated(c, "range type", name);
                }
                c.add(Phase.TYPES, new SchemaOp.CreateRangeType(name, type));
            }
        });

        rangesBefore.forEach((name, type) -> {
            if (!rangesAfter.containsKey(name) && !earlyRanges.contains(name)) {
                c.add(Phase.DROP_DERIVED_TYPES, new SchemaOp.DropRangeType(name, type));
            }
        });
        compositesBefore.forEach((name, type) -> {
            if (!compositesAfter.containsKey(name) && !earlyComposites.contains(name)) {
                c.add(Phase.DROP_DERIVED_TYPES, new SchemaOp.DropCompositeType(name, type));
            }
        });
        domainsBefore.forEach((name, domain) -> {
            if (!domainsAfter.containsKey(name)) {
                c.add(Phase.DROP_DERIVED_TYPES, new SchemaOp.DropDomain(name, domain));
            }
        });
    }

    /**
     * Whether a type as the database prints it ({@code amount}, {@code billing.amount}, {@code amount[]}) names one
     * of {@code types}: by its qualified name, or by its bare name (printed so when its schema is on the path).
     */
    private static boolean usesAny(String type, Set<QualifiedName> types) {
        String element = type.endsWith("[]") ? type.substring(0, type.length() - 2) : type;
        return types.stream().anyMatch(t -> element.equals(t.toString()) || element.equals(t.name()));
    }

    /** Same default, NOT NULL, checks (by name and normalised condition) and comment. */
    private static boolean sameDomain(Comparison c, Domain a, Domain b) {
        return c.judge.sameExpression(a.defaultExpression(), b.defaultExpression()) && a.notNull() == b.notNull()
                && Objects.equals(a.comment(), b.comment()) && normalisedChecks(c, a).equals(normalisedChecks(c, b));
    }

    private static List<CheckConstraint> normalisedChecks(Comparison c, Domain domain) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : domain.checks()) {
            checks.add(new CheckConstraint(check.name(), c.judge.norm(check.expression())));
        }
        return checks;
    }

    /**
     * Whether dropping the attributes {@code to} lacks and appending those it adds turns {@code from} into
     * {@code to}: the attributes both have come first in {@code to}, in the order {@code from} has them.
     */
    private static boolean alterable(CompositeType from, CompositeType to) {
        List<String> toNames = to.attributes().stream().map(CompositeType.Attribute::name).toList();
        List<String> kept = from.attributes().stream().map(CompositeType.Attribute::name)
                .filter(toNames::contains).toList();
        return toNames.subList(0, kept.size()).equals(kept);
    }

    private static void recreated(Comparison c, String kind, QualifiedName name) {
        c.warn(kind + " " + name + " changes in a way the database cannot alter in place: the revision drops and "
                + "creates it again, which fails while columns use it; convert those columns in a revision of "
                + "your own first");
    }
}
