package org.pawprints.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a page's no-argument methods ({@code #{st.stateName()}}, {@code #{cst.paused()}}: the
 * records our pages read) through a method looked up once per class and name.
 *
 * <p>Expression Language 5's {@code BeanELResolver.invoke} looks a method up again on every call:
 * it copies the class's whole list of public methods and compares each by name and parameters. A
 * live phone's refresh makes dozens of such calls, and the profile put that search at about 6 % of
 * the refresh's CPU (docs/performance.md, session 21). Only a call with no arguments, to a public
 * method of a public class or of its public supertype, that returns something, is answered here;
 * anything else (arguments, a {@code void} method, a method this code may not call) is left to the
 * Bean resolver, unchanged.
 */
public class RecordedMethodCalls extends ELResolver {

  /**
   * What each class answers to a method name: its public no-argument method, or none. A map here,
   * not a {@code ClassValue}: that would hang this application's classes on the JDK's own.
   */
  private static final Map<Class<?>, Map<String, Optional<Method>>> METHODS =
      new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || !(method instanceof String name)
        || (params != null && params.length > 0)
        || (paramTypes != null && paramTypes.length > 0)) {
      return null;
    }
    Map<String, Optional<Method>> methods = METHODS.get(base.getClass());
    if (methods == null) {
      methods = METHODS.computeIfAbsent(base.getClass(), type -> new ConcurrentHashMap<>());
    }
    Optional<Method> found = methods.get(name);
    if (found == null) {
      found = methods.computeIfAbsent(name, n -> noArgumentMethod(base, n));
    }
    if (found.isEmpty()) {
      return null;
    }
    try {
      Object result = found.get().invoke(base);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  /**
   * The public method taking nothing and returning something that this class or one of its public
   * supertypes declares, and that this code may call (an immutable list's {@code size()} is reached
   * through {@code List}, its own class being hidden).
   */
  static Optional<Method> noArgumentMethod(Object base, String name) {
    Deque<Class<?>> types = new ArrayDeque<>(List.of(base.getClass()));
    Set<Class<?>> seen = new HashSet<>();
    while (!types.isEmpty()) {
      Class<?> type = types.poll();
      if (!seen.add(type)) {
        continue;
      }
      Optional<Method> m = declared(type, name).filter(found -> found.canAccess(base));
      if (m.isPresent()) {
        return m;
      }
      if (type.getSuperclass() != null) {
        types.add(type.getSuperclass());
      }
      types.addAll(List.of(type.getInterfaces()));
    }
    return Optional.empty();
  }

  private static Optional<Method> declared(Class<?> type, String name) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return Optional.empty();
    }
    try {
      Method m = type.getMethod(name);
      boolean callable =
          Modifier.isPublic(m.getDeclaringClass().getModifiers())
              && !Modifier.isStatic(m.getModifiers())
              && m.getReturnType() != void.class;
      return callable ? Optional.of(m) : Optional.empty();
    } catch (NoSuchMethodException none) {
      return Optional.empty();
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // properties are not ours: the other resolvers set them
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
