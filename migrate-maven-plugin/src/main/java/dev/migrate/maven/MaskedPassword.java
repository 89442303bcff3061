package dev.migrate.maven;

import dev.migrate.connect.Secrets;

/**
 * The type of a goal parameter that holds a password. Maven's debug output ({@code mvn -X}) prints every parameter
 * of a goal with its {@code toString()}; this one prints {@value Secrets#MASK}. Maven makes it from the configured
 * text with the no-argument constructor and {@link #set(String)}, on Maven 3.8 as on 3.9.
 */
public final class MaskedPassword {

    private String value;

    public MaskedPassword() {
    }

    /** A password given in code (tests). */
    public static MaskedPassword of(String value) {
        MaskedPassword password = new MaskedPassword();
        password.set(value);
        return password;
    }

    /** Called by Maven with the configured text. */
    public void set(String value) {
        this.value = value;
    }

    /** The password, or null when none is configured. */
    static String valueOf(MaskedPassword password) {
        return password == null ? null : password.value;
    }

    @Override
    public String toString() {
        return value == null ? "(not set)" : Secrets.MASK;
    }
}
