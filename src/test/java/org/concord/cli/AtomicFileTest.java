package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files Concord writes appear whole or not at all, even when the writer is killed mid-write. */
class AtomicFileTest {
  private static final int SIZE = 4 << 20;

  @Test
  void aKilledWriterNeverLeavesAPartialFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int round = 0; round < 4; round++) {
      Process child = new ProcessBuilder(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
          AtomicWriterChild.class.getName(), target.toString(), String.valueOf(SIZE))
          .redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isEqualTo("ready");
        Thread.sleep(150 + 97L * round); // land at different points of a write
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
      }
      if (Files.exists(target)) {
        String text = Files.readString(target);
        assertThat(text).hasSize(SIZE + 5).endsWith("\nend\n");
        char c = text.charAt(0);
        assertThat(text.substring(0, SIZE).chars().allMatch(x -> x == c)).as("one whole version").isTrue();
      }
    }
  }

  @Test
  void replacesAnExistingFileAndKeepsItsPermissions(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.txt");
    Files.writeString(target, "old");
    var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(target, perms);
    AtomicFile.write(target, "new");
    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(perms);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
