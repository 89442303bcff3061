package dev.migrate.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;

/**
 * Revision files, and compiled Java migrations, on the class path under a package-like path such as
 * {@code db/migrations} (Java migrations then live in package {@code db.migrations}): in exploded class directories,
 * in jars, and in a Spring Boot-style fat jar (its {@code BOOT-INF/classes} and the jars in {@code BOOT-INF/lib}). Jars are listed through their entries, so no custom URL handler is needed: both the
 * classic {@code jar:file:/app.jar!/BOOT-INF/classes!/db/migrations} form and Spring Boot 3.2's
 * {@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations} form are read.
 */
public final class ClasspathSource implements ScriptSource {

    private final String path;
    private final ClassLoader classLoader;

    /**
     * @param path        the location on the class path, e.g. {@code db/migrations} (leading and trailing '/' ignored)
     * @param classLoader where to look
     */
    public ClasspathSource(String path, ClassLoader classLoader) {
        this.path = path.replaceAll("^/+|/+$", "");
        this.classLoader = classLoader;
    }

    @Override
    public String describe() {
        return "classpath:" + path;
    }

    @Override
    public boolean exists() {
        try {
            return classLoader.getResources(path).hasMoreElements();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<Resource> list() throws IOException {
        // The same relative name in two roots (an exploded directory and a jar of the same module) is one file.
        Map<String, Resource> resources = new LinkedHashMap<>();
        Enumeration<URL> roots = classLoader.getResources(path);
        while (roots.hasMoreElements()) {
            for (Resource resource : listRoot(roots.nextElement())) {
                resources.putIfAbsent(resource.relativeName(), resource);
            }
        }
        return new ArrayList<>(resources.values());
    }

    private List<Resource> listRoot(URL root) throws IOException {
        String url = root.toString();
        if (url.startsWith("file:")) {
            return listDirectory(toPath(url));
        }
        if (url.startsWith("jar:")) {
            return listJar(url.substring("jar:".length()));
        }
        throw new IOException("cannot list " + url + ": only directories and jar files are supported");
    }

    private List<Resource> listDirectory(Path directory) throws IOException {
        List<Resource> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    String relative = directory.relativize(file).toString().replace('\\', '/');
                    resources.add(new Resource(relative, describe() + "/" + relative, () -> Files.readAllBytes(file),
                            className(relative)));
                }
            }
        }
        return resources;
    }

    /**
     * {@code file:/app.jar!/db/migrations}, {@code file:/app.jar!/BOOT-INF/classes!/db/migrations},
     * {@code file:/app.jar!/BOOT-INF/lib/x.jar!/db/migrations} or {@code nested:/app.jar/!BOOT-INF/classes/!/db/migrations}.
     */
    private List<Resource> listJar(String spec) throws IOException {
        String jarPath;
        List<String> inner = new ArrayList<>();
        if (spec.startsWith("nested:")) {
            String rest = spec.substring("nested:".length());
            int bang = rest.indexOf("/!");
            jarPath = rest.substring(0, bang);
            for (String part : rest.substring(bang + 2).split("/?!/?")) {
                if (!part.isEmpty()) {
                    inner.add(part);
                }
            }
        } else {
            String[] parts = spec.split("!/");
            jarPath = parts[0];
            for (int k = 1; k < parts.length; k++) {
                inner.add(parts[k]);
            }
        }
        Path jar = toPath(jarPath);
        // The last part is the location inside the innermost root; the ones before it lead to that root.
        String prefix = inner.isEmpty() ? path : inner.get(inner.size() - 1).replaceAll("/+$", "");
        List<String> route = inner.size() > 1 ? inner.subList(0, inner.size() - 1) : List.of();
        if (!route.isEmpty() && route.get(route.size() - 1).endsWith(".jar")) {
            return listNestedJar(jar, route.get(route.size() - 1), prefix);
        }
        String root = route.isEmpty() ? "" : String.join("/", route).replaceAll("/+$", "") + "/";
        return listJarEntries(jar, root + prefix + "/");
    }

    private List<Resource> listJarEntries(Path jar, String prefix) throws IOException {
        List<Resource> resources = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    String relative = entry.getName().substring(prefix.length());
                    String name = entry.getName();
                    resources.add(new Resource(relative, describe() + "/" + relative + " (in " + jar.getFileName() + ")",
                            () -> readEntry(jar, name), className(relative)));
                }
            }
        }
        return resources;
    }

    private List<Resource> listNestedJar(Path outer, String nestedEntry, String prefix) throws IOException {
        List<Resource> resources = new ArrayList<>();
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (JarFile file = new JarFile(outer.toFile());
             InputStream nested = file.getInputStream(file.getJarEntry(nestedEntry));
             JarInputStream jar = new JarInputStream(nested)) {
            JarEntry entry;
            while ((entry = jar.getNextJarEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix + "/")) {
                    contents.put(entry.getName().substring(prefix.length() + 1), jar.readAllBytes());
                }
            }
        }
        String shownJar = nestedEntry.substring(nestedEntry.lastIndexOf('/') + 1);
        contents.forEach((relative, bytes) -> resources.add(new Resource(relative,
                describe() + "/" + relative + " (in " + shownJar + ")", () -> bytes.clone(), className(relative))));
        return resources;
    }

    /** The class a {@code .class} file under this location holds; null for other files and nested classes. */
    private String className(String relative) {
        return CompiledClassesSource.className(path.isEmpty() ? relative : path + "/" + relative);
    }

    private static byte[] readEntry(Path jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile()); InputStream in = file.getInputStream(file.getJarEntry(name))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    private static Path toPath(String fileUrl) {
        String withoutScheme = fileUrl.startsWith("file:") ? fileUrl : "file:" + fileUrl;
        try {
            return Path.of(new URI(withoutScheme.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            String decoded = URLDecoder.decode(withoutScheme.substring("file:".length()), StandardCharsets.UTF_8);
            return Path.of(decoded);
        }
    }
}
