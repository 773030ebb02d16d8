package vn.parindex.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every endpoint the API declares, read from the JAX-RS annotations of the compiled resources (the
 * web module's classes, with the services' beside them): "GET assessments/{id}/criteria". A new
 * endpoint appears here without anyone listing it, so a test can demand an expectation for it.
 */
final class ApiEndpoints {
  private static final String PACKAGE = "vn/parindex/web/api/";
  private static final Map<Class<? extends Annotation>, String> VERBS =
      Map.of(GET.class, "GET", PUT.class, "PUT", POST.class, "POST", DELETE.class, "DELETE");

  private ApiEndpoints() {}

  static TreeSet<String> declared() {
    java.nio.file.Path root = Paths.get("..").toAbsolutePath().normalize();
    java.nio.file.Path web = root.resolve("web/target/classes");
    try (URLClassLoader loader =
            new URLClassLoader(
                Stream.of("web", "ejb", "domain", "reports")
                    .map(m -> url(root.resolve(m + "/target/classes")))
                    .toArray(URL[]::new),
                ApiEndpoints.class.getClassLoader());
        Stream<java.nio.file.Path> files = Files.list(web.resolve(PACKAGE))) {
      TreeSet<String> endpoints = new TreeSet<>();
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              loader.loadClass(
                  (PACKAGE + name.substring(0, name.length() - ".class".length()))
                      .replace('/', '.'));
          endpoints.addAll(of(type));
        }
      }
      return endpoints;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> of(Class<?> type) {
    Path base = type.getAnnotation(Path.class);
    if (base == null) {
      return List.of();
    }
    List<String> endpoints = new java.util.ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      VERBS.forEach(
          (annotation, verb) -> {
            if (method.isAnnotationPresent(annotation)) {
              endpoints.add(verb + " " + join(base.value(), method.getAnnotation(Path.class)));
            }
          });
    }
    return endpoints;
  }

  private static String join(String base, Path path) {
    String joined = path == null ? base : base + "/" + path.value();
    return joined.replaceAll("/+", "/").replaceAll("^/|/$", "");
  }

  private static URL url(java.nio.file.Path directory) {
    try {
      return directory.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
