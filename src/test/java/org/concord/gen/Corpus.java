package org.concord.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Every agreement text the project has: `*.concord` files under `examples/`, `spec/` and the
 * test resources, and every fenced `concord` block in `spec/*.md` and README.md, good and bad.
 */
public final class Corpus {
  private static final Pattern FENCE = Pattern.compile("(?m)^```concord[^\\n]*\\n(.*?)^```", Pattern.DOTALL);

  private Corpus() {}

  public static Stream<Named<String>> agreements() throws IOException {
    List<Named<String>> out = new ArrayList<>();
    for (String root : List.of("examples", "spec", "src/test/resources")) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".concord")) out.add(Named.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
          if (name.endsWith(".md")) blocks(p, out);
        }
      }
    }
    if (Files.exists(Path.of("README.md"))) blocks(Path.of("README.md"), out);
    return out.stream();
  }

  private static void blocks(Path markdown, List<Named<String>> out) throws IOException {
    Matcher m = FENCE.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
    int n = 0;
    while (m.find()) out.add(Named.of(markdown + " block " + ++n, m.group(1)));
  }
}
