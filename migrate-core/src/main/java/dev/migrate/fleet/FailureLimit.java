package dev.migrate.fleet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code migrate.maxFailures}: how many targets may fail before the fleet stops starting new ones, as a count
 * ({@code 3}) or a share of the fleet ({@code 5%}, rounded down). Default 0: the first failure stops the rollout.
 *
 * @param count   the count, when not a percentage
 * @param percent the percentage, or -1
 */
public record FailureLimit(int count, int percent) {

    public static final FailureLimit NONE = new FailureLimit(0, -1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*(%?)\\s*");

    public static FailureLimit parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new FleetException("migrate.maxFailures = '" + text + "' is neither a count (3) nor a percentage "
                    + "(5%) of the fleet");
        }
        int value = Integer.parseInt(m.group(1));
        if (m.group(2).isEmpty()) {
            return new FailureLimit(value, -1);
        }
        if (value > 100) {
            throw new FleetException("migrate.maxFailures = '" + text + "': a percentage is at most 100%");
        }
        return new FailureLimit(0, value);
    }

    /** How many of {@code fleetSize} targets may fail with the rollout going on. */
    public int allowed(int fleetSize) {
        return percent < 0 ? count : (int) ((long) fleetSize * percent / 100);
    }

    @Override
    public String toString() {
        return percent < 0 ? String.valueOf(count) : percent + "%";
    }
}
