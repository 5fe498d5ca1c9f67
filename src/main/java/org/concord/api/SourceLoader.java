package org.concord.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.diagnostic.Span;

/**
 * Finds and reads agreement files: a file as given, a directory as every `*.concord` below it,
 * in sorted path order so reports come out the same on every machine. Unreadable files and
 * text that is not UTF-8 become diagnostics (C0005), not exceptions.
 */
public final class SourceLoader {
  public static final String EXTENSION = ".concord";

  private SourceLoader() {}

  /** Every agreement file under the given paths, files as given and directories expanded. */
  public static List<Path> discover(List<Path> roots) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(root);
      }
    }
    return files;
  }

  /** Reads one file as strict UTF-8; a byte-order mark is dropped. */
  public static SourceFile read(Path path, List<Diagnostic> problems) {
    return read(path, problems, Long.MAX_VALUE);
  }

  /**
   * Reads one file as strict UTF-8, refusing (C0008) before reading a file larger than {@code
   * maxBytes}, so an enormous file costs neither the time nor the memory to load it.
   */
  public static SourceFile read(Path path, List<Diagnostic> problems, long maxBytes) {
    String shown = display(path);
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        problems.add(Diagnostic.of(Code.C0008, Span.ofFile(shown), size, maxBytes));
        return null;
      }
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      return new SourceFile(shown, text);
    } catch (CharacterCodingException e) {
      problems.add(Diagnostic.of(Code.C0005, Span.ofFile(shown), shown, "it is not UTF-8 text"));
    } catch (IOException | SecurityException e) {
      problems.add(Diagnostic.of(Code.C0005, Span.ofFile(shown), shown, reason(e)));
    }
    return null;
  }

  /** Paths as the user gave them, with `/` separators, so reports match on every platform. */
  public static String display(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }

  private static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof IOException && e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      return "it is a directory";
    }
    return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
  }
}
