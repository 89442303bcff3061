package javamigrations.mixed;

/** A class next to the migrations that is not one: ignored, never loaded for a header it does not have. */
public class NotAMigration {

    public static String describe() {
        return "helper";
    }
}
