package org.concord.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that each appears whole or not at all: the text goes to a temporary file in the
 * same directory, is forced to disk, and is then renamed over the target in one step. A process
 * killed mid-write leaves at most a stray temporary file, never a truncated report. Every verb
 * that writes files (check --sarif, test --junit-xml, simulate --out, fmt) goes through here.
 */
final class AtomicFile {
  private AtomicFile() {}

  static void write(Path target, String text) throws IOException {
    writeAll(Map.of(target, text));
  }

  /**
   * Writes several files. All are staged before the first is moved into place, so a failure while
   * writing leaves every old file untouched; on any failure the temporary files are deleted.
   */
  static void writeAll(Map<Path, String> files) throws IOException {
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> f : files.entrySet()) {
        Path target = f.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        staged.put(temp, target);
        permissions(temp, target);
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
          channel.write(java.nio.ByteBuffer.wrap(f.getValue().getBytes(StandardCharsets.UTF_8)));
          channel.force(true);
        }
      }
      for (Map.Entry<Path, Path> s : staged.entrySet()) {
        try {
          Files.move(s.getKey(), s.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(s.getKey(), s.getValue(), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path temp : staged.keySet()) Files.deleteIfExists(temp);
    }
  }

  /** Temp files are private (0600); the result gets the target's permissions, or rw-r--r--. */
  private static void permissions(Path temp, Path target) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
    var perms = Files.exists(target) && !Files.isDirectory(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, perms);
  }
}
