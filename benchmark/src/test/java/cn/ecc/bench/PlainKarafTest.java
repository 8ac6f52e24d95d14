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

    @Test
    void theProbeSideGetsEccsConfigurationCapabilitiesAndTheProbeAndThePlainSideNone() throws Exception {
        Path features = dir.resolve("home/system/cn/ecc/ecc-features/1/ecc-features-1-features.xml");
        Files.createDirectories(features.getParent());
        Files.writeString(features, """
                <features name="ecc-1" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <repository>mvn:org.apache.karaf.features/enterprise/4.4.10/xml/features</repository>
                  <feature name="ecc-core" version="1">
                    <feature>jpa</feature>
                    <config name="org.ops4j.datasource-ecc">
                      databaseName = ${karaf.data}/derby/ecc
                    </config>
                    <capability>osgi.service;objectClass=javax.sql.DataSource;effective:=active</capability>
                    <bundle>mvn:cn.ecc/ecc-core/1</bundle>
                    <bundle dependency="true">mvn:com.fasterxml.jackson.core/jackson-core/2.21.0</bundle>
                  </feature>
                  <feature name="ecc-web" version="1">
                    <feature version="1">ecc-core</feature>
                    <feature>aries-jax-rs-whiteboard</feature>
                  </feature>
                </features>
                """, StandardCharsets.UTF_8);
        Path cfg = Files.createDirectories(dir.resolve("home/etc")).resolve("org.apache.karaf.features.cfg");
        Files.writeString(cfg, """
                featuresRepositories = \\
                    mvn:cn.ecc/ecc-features/1/xml/features
                featuresBoot = \\
                    scr/4.4.10, \\
                    ecc-web/1
                """, StandardCharsets.ISO_8859_1);
        Path probe = Files.writeString(dir.resolve("probe.jar"), "not read here");
        Instance probeSide = new Instance("stack-probe", dir.resolve("home"), Credentials.admin(), 1, 2);

        PlainKaraf.ThirdParty t = PlainKaraf.apply(probeSide, probe);

        assertThat(t.features()).containsExactly("jpa", "aries-jax-rs-whiteboard");
        assertThat(t.bundles()).containsExactly("mvn:com.fasterxml.jackson.core/jackson-core/2.21.0");
        String written = Files.readString(dir.resolve("home/etc/" + PlainKaraf.FEATURE + "-features.xml"));
        assertThat(written).contains("<config name=\"org.ops4j.datasource-ecc\">")
                .contains("databaseName = ${karaf.data}/derby/ecc")
                .contains("<capability>osgi.service;objectClass=javax.sql.DataSource;effective:=active</capability>")
                .contains("<bundle>" + dir.resolve("home/etc/probe.jar").toUri() + "</bundle>")
                .doesNotContain("mvn:cn.ecc/");
        assertThat(PlainKaraf.listProperty(cfg, "featuresBoot")).containsExactly("scr/4.4.10", "bench-third-party/1.0.0");

        PlainKaraf.apply(probeSide, null);
        assertThat(Files.readString(dir.resolve("home/etc/" + PlainKaraf.FEATURE + "-features.xml")))
                .doesNotContain("<config").doesNotContain("<capability>").doesNotContain("probe.jar");
    }
}
