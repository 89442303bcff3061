package dev.migrate.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a fresh MariaDB database (see {@link MariaDbServer} for where the server comes from) and
 * drops it afterwards. Without a server the class is skipped, except under {@code CI=true}, where it fails.
 */
public final class MariaDbExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        MariaDbServer server = MariaDbServer.find();
        if (server == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and " + MariaDbServer.unavailableReason());
            }
            Assumptions.abort(MariaDbServer.unavailableReason());
        }
        String name = server.createDatabase(context.getRequiredTestClass().getSimpleName());
        context.getStore(NAMESPACE).put("db", new MariaDbDatabase(server, name));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        MariaDbDatabase db = context.getStore(NAMESPACE).remove("db", MariaDbDatabase.class);
        if (db != null) {
            db.server().drop(db.name());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MariaDbDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getStore(NAMESPACE).get("db") == null && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).get("db", MariaDbDatabase.class);
    }
}
