package org.concord.sim.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.model.Model;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a scenario file (spec/scenarios.md) for one model: JSON, YAML or CSV by extension.
 * Every problem in the file is reported in one go, each naming the file, its line and the
 * path of the value. Parsing is hardened: explicit limits on document, string, number and
 * nesting size; no polymorphic typing (the document is read token by token, never bound to
 * classes); YAML aliases refused.
 */
public final class ScenarioReader {
  /** The largest scenario file read: 16 MiB. */
  public static final long MAX_BYTES = 16L << 20;

  static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_BYTES)
      .maxStringLength(10_000)
      .maxNameLength(1_000)
      .maxNumberLength(100)
      .maxNestingDepth(16)
      .build();

  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .loaderOptions(yamlOptions())
      .streamReadConstraints(LIMITS)
      .build();

  private static LoaderOptions yamlOptions() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(10);
    o.setNestingDepthLimit(16);
    o.setCodePointLimit((int) MAX_BYTES);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  public enum Format {
    JSON,
    YAML,
    CSV;

    /** By the file's extension: .json, .yaml/.yml, .csv; null for anything else. */
    public static Format of(String fileName) {
      String n = fileName.toLowerCase(Locale.ROOT);
      if (n.endsWith(".json")) return JSON;
      if (n.endsWith(".yaml") || n.endsWith(".yml")) return YAML;
      if (n.endsWith(".csv")) return CSV;
      return null;
    }
  }

  /** A read scenario and every problem found; the scenario is null when there are errors. */
  public record Result(Scenario scenario, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private ScenarioReader() {}

  public static Result read(Path file, Model model) {
    String shown = file.normalize().toString().replace('\\', '/');
    Format format = Format.of(shown);
    if (format == null) {
      return failed(Diagnostic.of(Code.C1001, Span.ofFile(shown), shown, "the name does not end in .json, .yaml, .yml or .csv"));
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        return failed(Diagnostic.of(Code.C1012, Span.ofFile(shown), "the file is larger than " + MAX_BYTES + " bytes"));
      }
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
      if (text.startsWith("\uFEFF")) text = text.substring(1);
      return parse(shown, text, format, model);
    } catch (CharacterCodingException e) {
      return failed(Diagnostic.of(Code.C1001, Span.ofFile(shown), shown, "it is not UTF-8 text"));
    } catch (IOException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName();
      return failed(Diagnostic.of(Code.C1001, Span.ofFile(shown), shown, why));
    }
  }

  private static final java.util.regex.Pattern JACKSON_LIMIT = java.util.regex.Pattern.compile(
      "^(String value|Number value|Name|Document nesting|Document) (?:length|depth) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  /** Jackson's limit messages name its own classes; say what was too big in the user's terms. */
  static String limitInOurWords(String message) {
    java.util.regex.Matcher m = JACKSON_LIMIT.matcher(String.valueOf(message));
    if (!m.find()) return firstLine(String.valueOf(message));
    String what = switch (m.group(1)) {
      case "String value", "Number value" -> "a value is %s characters long, more than the limit of %s";
      case "Name" -> "a key is %s characters long, more than the limit of %s";
      case "Document nesting" -> "the nesting is %s levels deep, more than the limit of %s";
      default -> "the file is %s characters long, more than the limit of %s";
    };
    return String.format(java.util.Locale.ROOT, what, m.group(2), m.group(3));
  }

  /** Reads scenario text; {@code name} is the file name diagnostics cite. */
  public static Result parse(String name, String text, Format format, Model model) {
    List<Diagnostic> problems = new ArrayList<>();
    Binder binder = new Binder(model, problems);
    if (text.length() > MAX_BYTES) {
      return failed(Diagnostic.of(Code.C1012, Span.ofFile(name), "the file is larger than " + MAX_BYTES + " bytes"));
    }
    if (format == Format.CSV) {
      CsvScenario.read(name, text, binder, problems);
    } else {
      JsonFactory factory = format == Format.JSON ? JSON : YAML;
      try (JsonParser parser = factory.createParser(text)) {
        Tree.Node root = Tree.read(parser, name, problems);
        if (root != null) binder.document(root);
      } catch (Tree.AliasRefused e) {
        problems.add(Diagnostic.of(Code.C1012, e.where, e.getMessage()));
      } catch (StreamConstraintsException e) {
        problems.add(Diagnostic.of(Code.C1012, Span.ofFile(name), limitInOurWords(e.getMessage())));
      } catch (StreamReadException e) {
        problems.add(Diagnostic.of(Code.C1002, where(name, e), format.name(), firstLine(e.getOriginalMessage())));
      } catch (IOException | RuntimeException e) {
        // snakeyaml reports its own limits (aliases, nesting, size) as unchecked exceptions
        problems.add(Diagnostic.of(Code.C1002, Span.ofFile(name), format.name(), firstLine(String.valueOf(e.getMessage()))));
      }
    }
    problems.sort(Diagnostic.ORDER);
    boolean errors = problems.stream().anyMatch(Diagnostic::isError);
    return new Result(errors ? null : binder.out.build(), problems);
  }

  private static Span where(String name, StreamReadException e) {
    if (e.getLocation() == null || e.getLocation().getLineNr() < 1) return Span.ofFile(name);
    int line = e.getLocation().getLineNr();
    int col = Math.max(e.getLocation().getColumnNr(), 1);
    return new Span(name, line, col, line, col + 1);
  }

  private static String firstLine(String s) {
    if (s == null) return "unreadable";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  private static Result failed(Diagnostic d) {
    return new Result(null, List.of(d));
  }
}
