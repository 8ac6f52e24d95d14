package cn.ecc.restrictions.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * Small fakes of the platform's services for unit tests. A fake is an object with the methods a test needs,
 * seen through the service interface; methods it lacks answer {@link UnsupportedOperationException}, so that a
 * method the API gains later does not break the tests that never call it.
 */
final class Fakes {

    private Fakes() {
    }

    static <T> T of(Class<T> service, Object implementation) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "fake " + service.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            Method target = find(implementation.getClass(), method);
            if (target == null) {
                if (method.isDefault()) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException("fake " + service.getSimpleName() + " has no " + method.getName());
            }
            try {
                target.setAccessible(true);
                return target.invoke(implementation, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, handler));
    }

    private static Method find(Class<?> type, Method method) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method.getName())
                        && Arrays.equals(m.getParameterTypes(), method.getParameterTypes())) {
                    return m;
                }
            }
        }
        return null;
    }
}
