package org.concord.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.diagnostic.SourceFile;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every agreement file in examples/ and spec/ is kept in canonical layout (`concord fmt --check` passes). */
class ExamplesFormattedTest {
  @TestFactory
  Stream<DynamicTest> everyAgreementFileIsFormatted() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("examples")), Files.walk(Path.of("spec")))) {
      files = walk.filter(p -> p.toString().endsWith(".concord")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      String text = Files.readString(file);
      ParseResult parsed = SourceParser.parse(new SourceFile(file.toString(), text));
      assertThat(parsed.hasErrors()).isFalse();
      assertThat(Formatter.format(parsed.agreement(), text)).as("run `./concord fmt %s`", file).isEqualTo(text);
    }));
  }
}
