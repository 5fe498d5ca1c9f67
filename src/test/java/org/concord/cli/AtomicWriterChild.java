package org.concord.cli;

import java.nio.file.Path;

/**
 * A child process for {@link AtomicFileTest}: rewrites one large file forever, each version a
 * whole block of one repeated letter, until it is killed.
 */
public final class AtomicWriterChild {
  private AtomicWriterChild() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    System.out.println("ready");
    System.out.flush();
    for (int i = 0; ; i++) {
      char c = (char) ('a' + i % 26);
      AtomicFile.write(target, String.valueOf(c).repeat(size) + "\nend\n");
    }
  }
}
