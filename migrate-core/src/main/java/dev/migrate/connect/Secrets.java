package dev.migrate.connect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps passwords out of output: masks them in URLs and scrubs known secrets from text. */
public final class Secrets {

    public static final String MASK = "****";

    /** {@code scheme://user:secret@host}: the secret part of the user info. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#;]*):([^@/]*)@");
    /** {@code password=secret} in a query string ({@code ?} or {@code &}) or H2's {@code ;PASSWORD=secret}. */
    private static final String SECRET_NAME = "(?i)([?&;](?:[a-z_]*password|passwd|pwd|[a-z_]*secret|[a-z_]*token)=)";
    /** In a URL on its own, the value runs to the next parameter. */
    private static final Pattern SECRET_PARAMETER = Pattern.compile(SECRET_NAME + "([^&;]*)");
    /**
     * In free text, a URL ends at white space too, and punctuation right before the white space belongs to the
     * sentence: "...?password=x: the server is not reachable; is it running" keeps ": the server is not reachable".
     */
    private static final Pattern SECRET_PARAMETER_IN_TEXT =
            Pattern.compile(SECRET_NAME + "([^&;\\s]*?)(?=[.,:)]?(?:\\s|$)|[&;])");

    private Secrets() {
    }

    /** The URL with any password replaced by {@value #MASK}. */
    public static String maskUrl(String url) {
        return mask(url, SECRET_PARAMETER);
    }

    private static String mask(String text, Pattern parameter) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        return parameter.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    }

    /**
     * {@code text} with every occurrence of {@code secret} replaced, and URLs in it masked. Secrets shorter than four
     * characters are left alone in free text (masking them would shred ordinary words); URLs are masked regardless.
     */
    public static String scrub(String text, String secret) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (secret != null && secret.length() >= 4) {
            result = result.replace(secret, MASK);
        }
        return mask(result, SECRET_PARAMETER_IN_TEXT);
    }
}
