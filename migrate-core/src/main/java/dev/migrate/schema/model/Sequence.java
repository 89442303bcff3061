package dev.migrate.schema.model;

/**
 * A standalone sequence (sequences that number an identity or serial column belong to the column).
 *
 * @param name      the name
 * @param dataType  the value type, e.g. {@code bigint}
 * @param start     the first value
 * @param increment the step
 * @param minValue  the smallest value
 * @param maxValue  the largest value
 * @param cache     how many values are pre-allocated
 * @param cycle     whether it wraps around
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle) {
}
