package dev.migrate.maven;

import dev.migrate.connect.Secrets;

/**
 * The type of a goal parameter that holds a database URL, which may carry a password
 * ({@code postgres://app:secret@db/app}, {@code ?password=secret}, H2's {@code ;PASSWORD=secret}). Maven's debug
 * output ({@code mvn -X}) prints every parameter of a goal with its {@code toString()}; this one prints the URL with
 * the password masked. Maven makes it from the configured text with the no-argument constructor and
 * {@link #set(String)}, on Maven 3.8 as on 3.9.
 */
public final class MaskedUrl {

    private String value;

    public MaskedUrl() {
    }

    /** A URL given in code (tests). */
    public static MaskedUrl of(String value) {
        MaskedUrl url = new MaskedUrl();
        url.set(value);
        return url;
    }

    /** Called by Maven with the configured text. */
    public void set(String value) {
        this.value = value;
    }

    /** The URL as configured, or null when none is. */
    static String valueOf(MaskedUrl url) {
        return url == null ? null : url.value;
    }

    @Override
    public String toString() {
        return value == null ? "(not set)" : Secrets.maskUrl(value);
    }
}
