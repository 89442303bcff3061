package dev.migrate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The header of a {@link JavaMigration}: what a SQL revision file says in its comment block. The same rules apply:
 * the id is unique among all revisions, {@code revises} names existing revisions (none for a base, several for a
 * merge), labels and dependencies as in {@code Branch Labels:} and {@code Depends On:}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id ({@code Revision ID:}). */
    String id();

    /** The revisions it revises ({@code Revises:}); none for a base. */
    String[] revises() default {};

    /** What it does, in one line (the first header line). */
    String message();

    /** When it was created ({@code Create Date:}), e.g. {@code 2026-11-21 14:05:00}; optional. */
    String createDate() default "";

    /** Branch labels it declares ({@code Branch Labels:}). */
    String[] branchLabels() default {};

    /** Cross-branch dependencies ({@code Depends On:}). */
    String[] dependsOn() default {};

    /**
     * Whether it runs inside the revision's transaction (the default). False runs it in autocommit, for statements
     * that cannot run in a transaction; a failure then may leave part of it applied, and the revision is marked failed.
     */
    boolean transactional() default true;
}
