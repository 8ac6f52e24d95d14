package cn.ecc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks that SCR can only pick one constructor of each component. The component description names the activation
 * constructor by its number of parameters alone; with two public constructors of that number SCR may try the one
 * it cannot fill (the audit trail had two of two: in one of eight starts on a development machine SCR logged
 * "Constructor argument 0 ... has unsupported type cn.ecc.persistence.Transactions"). The DS annotations are not
 * kept in the class files, so the components are found in the module's sources.
 */
public final class ComponentConstructors {

    private ComponentConstructors() {
    }

    /**
     * Fails naming every component under {@code src/main/java} of the module under test that has two public
     * constructors with the same number of parameters.
     */
    public static void assertUnambiguous() {
        Path sources = Path.of("src", "main", "java");
        List<String> ambiguous = new ArrayList<>();
        int components = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("@Component") || !source.contains("@Activate")) {
                    continue;
                }
                components++;
                String name = sources.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.java$", "");
                Map<Integer, List<Constructor<?>>> byArity = Arrays.stream(load(name).getConstructors())
                        .collect(Collectors.groupingBy(Constructor::getParameterCount));
                byArity.values().stream().filter(same -> same.size() > 1)
                        .forEach(same -> ambiguous.add(name + ": " + same));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (components == 0) {
            throw new AssertionError("no DS component found under " + sources.toAbsolutePath());
        }
        if (!ambiguous.isEmpty()) {
            throw new AssertionError("public constructors SCR cannot tell apart (make all but the @Activate one "
                    + "non-public or give them a factory method): " + ambiguous);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("component class " + name + " is not on the test class path", e);
        }
    }
}
