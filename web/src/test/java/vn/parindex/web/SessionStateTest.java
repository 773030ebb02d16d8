package vn.parindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a view- or session-scoped bean holds travels between the nodes of a cluster with the
 * session, so it must be serializable all the way down: a field of a type that is not (or an {@code
 * Optional}, which never is) would leave the user signed out on the next node, or on the same node
 * with an empty dialog. Injected services are proxies the container moves itself.
 */
class SessionStateTest {
  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyBeanOfTheSessionHoldsOnlySerializableState() throws Exception {
    List<Class<?>> beans = beans();
    assertFalse(beans.isEmpty(), "no view- or session-scoped bean found in " + CLASSES);

    Set<String> problems = new TreeSet<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Field field : stateOf(bean)) {
        check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), problems, seen);
      }
    }
    assertEquals(Set.of(), problems);
  }

  private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }

  /** The fields that are serialized: not static, not transient, not injected. */
  private static List<Field> stateOf(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers)
            && !Modifier.isTransient(modifiers)
            && !field.isAnnotationPresent(Inject.class)
            && !field.isAnnotationPresent(EJB.class)
            && !field.isSynthetic()) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private static void check(Type type, String where, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), where, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, where, problems, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      check(array.getGenericComponentType(), where, problems, seen);
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        check(bound, where, problems, seen);
      }
    } else if (type instanceof Class<?> c) {
      checkClass(c, where, problems, seen);
    } else if (!(type instanceof TypeVariable<?>)) {
      problems.add(where + ": cannot tell whether " + type + " is serializable");
    }
  }

  private static void checkClass(Class<?> c, String where, Set<String> problems, Set<Type> seen) {
    if (c.isPrimitive() || c.isEnum() || c == Object.class) {
      return;
    }
    if (c.isArray()) {
      check(c.getComponentType(), where, problems, seen);
      return;
    }
    // collections are checked through their element types; the implementations are serializable
    if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
      return;
    }
    // PrimeFaces' tree nodes are declared by their interface; every implementation is serializable
    if (c.isInterface() && c.getPackageName().equals("org.primefaces.model")) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(where + " holds " + c.getName() + ", which is not Serializable");
      return;
    }
    if (c.getName().startsWith("vn.parindex.")) {
      for (Field field : stateOf(c)) {
        check(field.getGenericType(), c.getSimpleName() + "." + field.getName(), problems, seen);
      }
    }
  }
}
