package io.github.vncustoms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md rule 9: every public type and every package of every module has Javadoc. The javadoc
 * tool's own "missing" check would also demand a tag for every record constructor parameter, so this
 * test reads the sources of the whole repository instead.
 */
final class JavadocCoverageTest {
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^\\s*(public|protected)\\s+(static\\s+|final\\s+|abstract\\s+|sealed\\s+|non-sealed\\s+|strictfp\\s+)*"
                    + "(class|interface|record|enum|@interface)\\s+(\\w+)");

    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();

    @Test
    void everyPublicType_hasAJavadocComment() {
        List<String> undocumented = new ArrayList<>();
        for (Path file : mainSources()) {
            List<String> lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                var m = PUBLIC_TYPE.matcher(lines.get(i));
                if (m.find() && !documented(lines, i)) {
                    undocumented.add(ROOT.relativize(file) + ":" + (i + 1) + " " + m.group(4));
                }
            }
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    @Test
    void everyPackage_hasAPackageInfoWithJavadoc() {
        Set<Path> packages = mainSources().stream().map(Path::getParent).collect(Collectors.toSet());
        List<String> missing = packages.stream()
                .filter(dir -> {
                    Path info = dir.resolve("package-info.java");
                    return !Files.exists(info) || read(info).stream().noneMatch(l -> l.strip().startsWith("/**"));
                })
                .map(dir -> ROOT.relativize(dir).toString()).sorted().toList();
        assertThat(missing).as("packages without a documented package-info.java").isEmpty();
    }

    @Test
    void theScan_seesEveryModule() {
        assertThat(mainSources()).extracting(p -> ROOT.relativize(p).getName(0).toString()).contains(
                "sdk-core", "sdk-monitoring", "sdk-valuation", "sdk-camera", "examples", "benchmarks");
    }

    /** Walks back over annotations and blank lines to the comment that ends just above the declaration. */
    private static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && (lines.get(i).isBlank() || lines.get(i).strip().startsWith("@"))) {
            i--;
        }
        if (i < 0 || !lines.get(i).strip().endsWith("*/")) {
            return false;
        }
        while (i >= 0 && !lines.get(i).contains("/*")) {
            i--;
        }
        return i >= 0 && lines.get(i).contains("/**");
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("src" + p.getFileSystem().getSeparator() + "main"))
                    .filter(p -> !p.toString().contains(p.getFileSystem().getSeparator() + "target"
                            + p.getFileSystem().getSeparator()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
