package cn.ecc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceTest {

    @Test
    void evidenceOfAnInstanceThatDidNotStartKeepsItsLogOutsideTheInstance(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("ecc");
        Files.createDirectories(home.resolve("data/log"));
        Files.writeString(home.resolve("data/log/karaf.log"), "启动卡在这里\n", StandardCharsets.UTF_8);
        Instance i = new Instance("ecc", home, new Credentials("admin", "x"), 1, 2);

        String message = i.evidence("not-ready");

        Path kept;
        try (Stream<Path> s = Files.list(dir)) {
            kept = s.filter(p -> p.getFileName().toString().startsWith("ecc-not-ready-")).findFirst().orElseThrow();
        }
        assertThat(message).contains(kept.toString());
        assertThat(Files.readString(kept.resolve("karaf.log"), StandardCharsets.UTF_8)).isEqualTo("启动卡在这里\n");
        // nothing runs, so there is no JVM to take the threads of, and the message says so
        assertThat(message).contains("the JVM had ended");
        assertThat(kept.resolve("threads.txt")).doesNotExist();
    }
}
