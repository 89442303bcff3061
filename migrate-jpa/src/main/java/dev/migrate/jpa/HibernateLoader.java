package dev.migrate.jpa;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads {@code dev.migrate.jpa.hibernate} from this module's own jar, child first, and everything else from the
 * project's class loader: the bridge classes then see the project's Hibernate, even when this module itself was
 * loaded by a class loader that has none (the Maven plugin's realm). Nothing fits this in the JDK or in the
 * libraries migrate may use, hence this small loader.
 */
final class HibernateLoader extends URLClassLoader {

    private static final String BRIDGE = "dev.migrate.jpa.hibernate.";

    static {
        registerAsParallelCapable();
    }

    HibernateLoader(URL ownLocation, ClassLoader project) {
        super("migrate-jpa-hibernate", new URL[] {ownLocation}, project);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(BRIDGE)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith(BRIDGE.replace('.', '/'))) {
            URL own = findResource(name);
            if (own != null) {
                return own;
            }
        }
        return super.getResource(name);
    }
}
