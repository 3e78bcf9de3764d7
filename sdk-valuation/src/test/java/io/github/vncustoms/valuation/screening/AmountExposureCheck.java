package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.money.Money;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds where a type exposes an amount (VAL-12): a public method, public field or record component
 * whose type is, or leads through the SDK's own types to, {@code Money}, {@code BigDecimal},
 * {@code Number} or {@code Object}; and a public method or constructor that accepts a {@code Money}
 * or a {@code BigDecimal}. A few named members are allowed a {@code BigDecimal} (the deviation
 * percentage, the tolerance fraction): a component or method as {@code Type#name}, a parameter as
 * {@code Type#method(parameter)} or {@code Type#new(parameter)}. Input types (the declaration line)
 * are not checked.
 */
final class AmountExposureCheck {
    private final Set<String> allowedDecimals;
    private final Set<Class<?>> inputs;

    AmountExposureCheck(Set<String> allowedDecimals, Set<Class<?>> inputs) {
        this.allowedDecimals = Set.copyOf(allowedDecimals);
        this.inputs = Set.copyOf(inputs);
    }

    /** Returns every exposure found in a type, one sentence each; empty if none. */
    List<String> exposures(Class<?> type) {
        List<String> found = new ArrayList<>();
        if (inputs.contains(type)) {
            return found;
        }
        String owner = type.getSimpleName();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                String path = reach(c.getGenericType(), new HashSet<>(), allowedDecimals.contains(owner + "#" + c.getName()));
                if (path != null) {
                    found.add(owner + " component " + c.getName() + " holds " + path);
                }
            }
        }
        for (Field f : type.getFields()) {
            String path = reach(f.getGenericType(), new HashSet<>(), false);
            if (path != null) {
                found.add(owner + " field " + f.getName() + " holds " + path);
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass().getName().startsWith("java.")) {
                continue;
            }
            String path = reach(m.getGenericReturnType(), new HashSet<>(), allowedDecimals.contains(owner + "#" + m.getName()));
            if (path != null) {
                found.add(owner + "#" + m.getName() + "() returns " + path);
            }
            found.addAll(parameters(owner, m));
        }
        for (Constructor<?> c : type.getConstructors()) {
            found.addAll(parameters(owner, c));
        }
        return found;
    }

    private List<String> parameters(String owner, Executable e) {
        List<String> found = new ArrayList<>();
        String name = owner + "#" + (e instanceof Constructor ? "new" : e.getName());
        Type[] types = e.getGenericParameterTypes();
        Parameter[] params = e.getParameters();
        for (int i = 0; i < types.length; i++) {
            Type p = types[i];
            String param = name + "(" + (i < params.length ? params[i].getName() : "?") + ")";
            if (mentions(p, Money.class)) {
                found.add(param + " accepts a Money (" + p.getTypeName() + ")");
            } else if (mentions(p, BigDecimal.class) && !allowedDecimals.contains(param)) {
                found.add(param + " accepts a BigDecimal (" + p.getTypeName() + ")");
            }
        }
        return found;
    }

    /** Returns how a type leads to an amount, e.g. {@code "Optional<RiskListItem> → RiskListItem#referencePrice() → Money"}, or null. */
    private String reach(Type type, Set<Class<?>> seen, boolean decimalAllowed) {
        if (type instanceof ParameterizedType p) {
            String raw = reach(p.getRawType(), seen, false);
            if (raw != null) {
                return raw;
            }
            for (Type arg : p.getActualTypeArguments()) {
                String path = reach(arg, seen, false);
                if (path != null) {
                    return p.getTypeName() + " → " + path;
                }
            }
            return null;
        }
        if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                if (bound != Object.class) {
                    String path = reach(bound, seen, false);
                    if (path != null) {
                        return path;
                    }
                }
            }
            for (Type bound : w.getLowerBounds()) {
                String path = reach(bound, seen, false);
                if (path != null) {
                    return path;
                }
            }
            return null;
        }
        if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                String path = bound == Object.class ? "an unbounded type variable " + v.getName() : reach(bound, seen, false);
                if (path != null) {
                    return path;
                }
            }
            return null;
        }
        if (type instanceof GenericArrayType a) {
            return reach(a.getGenericComponentType(), seen, false);
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            return reach(c.getComponentType(), seen, false);
        }
        if (c == Money.class || Money.class.isAssignableFrom(c)) {
            return "Money";
        }
        if (c == BigDecimal.class) {
            return decimalAllowed ? null : "BigDecimal";
        }
        if (c == Object.class || c == Number.class) {
            return c.getSimpleName() + ", which could be an amount";
        }
        if (c.isPrimitive() || !c.getName().startsWith("io.github.vncustoms.") || !seen.add(c)) {
            return null;
        }
        for (Method m : c.getMethods()) {
            if (m.getDeclaringClass().getName().startsWith("java.")) {
                continue;
            }
            String path = reach(m.getGenericReturnType(), seen, false);
            if (path != null) {
                return c.getSimpleName() + "#" + m.getName() + "() → " + path;
            }
        }
        return null;
    }

    private static boolean mentions(Type type, Class<?> target) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) {
                if (mentions(arg, target)) {
                    return true;
                }
            }
            return mentions(p.getRawType(), target);
        }
        if (type instanceof WildcardType w) {
            return Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).anyMatch(b -> mentions(b, target));
        }
        if (type instanceof GenericArrayType a) {
            return mentions(a.getGenericComponentType(), target);
        }
        if (type instanceof Class<?> c) {
            return c.isArray() ? mentions(c.getComponentType(), target) : target.isAssignableFrom(c);
        }
        return false;
    }

    /** Lists every public type of the package a class belongs to, from the directory or jar it was loaded from. */
    static List<Class<?>> publicTypesOfPackageOf(Class<?> anchor) throws IOException, URISyntaxException, ClassNotFoundException {
        String pkg = anchor.getPackageName();
        String folder = pkg.replace('.', '/');
        URL location = anchor.getProtectionDomain().getCodeSource().getLocation();
        Path base = Path.of(location.toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(base)) {
            try (Stream<Path> files = Files.list(base.resolve(folder))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                        .forEach(n -> names.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
            }
        } else {
            try (JarFile jar = new JarFile(base.toFile())) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String n = entries.nextElement().getName();
                    if (n.startsWith(folder + "/") && n.endsWith(".class") && n.indexOf('/', folder.length() + 1) < 0) {
                        names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                    }
                }
            }
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("package-info")) {
                continue;
            }
            Class<?> c = Class.forName(name, false, anchor.getClassLoader());
            if (accessible(c)) {
                types.add(c);
            }
        }
        return types;
    }

    private static boolean accessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
