package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainKarafTest {

    @TempDir
    Path dir;

    @Test
    void listPropertiesWithContinuationLinesAreReadAndRewritten() throws Exception {
        Path cfg = dir.resolve("org.apache.karaf.features.cfg");
        Files.writeString(cfg, """
                # comment
                featuresRepositories = \\
                    mvn:cn.ecc/ecc-features/0.1.0-SNAPSHOT/xml/features, \\
                    mvn:org.apache.karaf.features/standard/4.4.10/xml/features

                featuresBoot = \\
                    ecc-web/0.1.0.SNAPSHOT, \\
                    scr/4.4.10, \\
                    ecc-core/0.1.0.SNAPSHOT
                featuresBootAsynchronous=false
                """, StandardCharsets.ISO_8859_1);
        assertThat(PlainKaraf.listProperty(cfg, "featuresBoot"))
                .containsExactly("ecc-web/0.1.0.SNAPSHOT", "scr/4.4.10", "ecc-core/0.1.0.SNAPSHOT");

        PlainKaraf.setListProperty(cfg, "featuresBoot", List.of("scr/4.4.10", "bench-third-party/1.0.0"));

        assertThat(PlainKaraf.listProperty(cfg, "featuresBoot")).containsExactly("scr/4.4.10", "bench-third-party/1.0.0");
        assertThat(PlainKaraf.listProperty(cfg, "featuresRepositories")).hasSize(2);
        assertThat(Files.readString(cfg, StandardCharsets.ISO_8859_1)).contains("featuresBootAsynchronous=false")
                .contains("# comment").doesNotContain("ecc-core");
    }

    @Test
    void rowsChangedCountsAddedRemovedAndChangedRows() {
        Map<String, Map<String, String>> before = Map.of("APP.T", Map.of("1|", "a", "2|", "b", "3|", "c"));
        Map<String, Map<String, String>> same = Map.of("APP.T", Map.of("1|", "a", "2|", "b", "3|", "c"));
        Map<String, Map<String, String>> after = Map.of("APP.T", Map.of("1|", "a", "2|", "B", "4|", "d"),
                "APP.NEW", Map.of("1|", "x"));
        assertThat(Db.rowsChanged(before, same)).isZero();
        // 2 changed, 3 removed, 4 added, one row in a new table
        assertThat(Db.rowsChanged(before, after)).isEqualTo(4);
    }
}
