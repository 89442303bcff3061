package dev.migrate.fleet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slice {@code index/count} of a fleet that one runner of {@code count} takes ({@code migrate.shard=2/3}): a target
 * belongs to the shard its key's SHA-256 falls in, so the slices do not depend on the order or the number of targets,
 * every runner computes the same ones, and {@code 1/n ... n/n} cover the fleet exactly once.
 *
 * @param index 1-based
 * @param count how many runners share the fleet
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new FleetException("migrate.shard = " + index + "/" + count + " is not a shard; use i/n with "
                    + "1 <= i <= n, e.g. 2/3 for the second of three runners");
        }
    }

    /** Parses {@code i/n}; null or blank is the whole fleet. */
    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new FleetException("migrate.shard = '" + text + "' is not a shard; use i/n, e.g. 2/3 for the "
                    + "second of three runners (each runner gets a different i, all the same n)");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public boolean isAll() {
        return count == 1;
    }

    public boolean contains(FleetTarget target) {
        return count == 1 || slot(target.key(), count) == index - 1;
    }

    /** The targets of this shard, in their order. */
    public List<FleetTarget> select(List<FleetTarget> targets) {
        return targets.stream().filter(this::contains).toList();
    }

    static int slot(String key, int count) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, Long.BYTES).getLong(), count);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
