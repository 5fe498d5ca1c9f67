package org.concord.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parsing alone, and parsing then checking (what `concord check DIR` does once the files are
 * read), over the first {@code files} agreements of the generated set (seed 7): 2,000 files are
 * about 300,000 lines. One operation is the whole set.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParseCheckBench {
  @Param({"200", "2000"})
  public int files;

  private List<SourceFile> sources;

  @Setup
  public void generate() {
    sources = new ArrayList<>();
    for (GenerateAgreements.Source s : GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, files)) {
      sources.add(new SourceFile(s.name(), s.text()));
    }
    List<CheckUnit> units = parseAll();
    if (units.size() != files) throw new IllegalStateException("generated files with syntax errors");
  }

  private List<CheckUnit> parseAll() {
    List<CheckUnit> units = new ArrayList<>(sources.size());
    for (SourceFile source : sources) {
      ParseResult parsed = SourceParser.parse(source);
      if (!parsed.hasErrors() && parsed.agreement() != null) units.add(new CheckUnit(parsed.agreement(), List.of()));
    }
    return units;
  }

  @Benchmark
  public List<CheckUnit> parse() {
    return parseAll();
  }

  @Benchmark
  public CheckResult parseAndCheck() {
    return Checker.check(parseAll());
  }
}
