package org.concord.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds an agreement in Java code, for services that generate agreements. The builder writes
 * the agreement's canonical text and {@link #build()} sends it through the same parser and
 * checker a drafter's file goes through, so a generated agreement gets exactly the diagnostics
 * and the model the equivalent text would — with spans pointing into {@link #text()}.
 *
 * <pre>{@code
 * Agreement a = AgreementBuilder.agreement("xinan", "Xin'an River compensation")
 *     .term("2012", "2014", "yearly").currency("CNY", "millions").rounding("0.01", "half-even")
 *     .party("anhui", "Anhui Province", "province")
 *     .party("zhejiang", "Zhejiang Province", "province")
 *     .input("P", "Water quality index", "number", "in [0, 5]")
 *     .article("2", "Compensation", art -> art
 *         .when("P <= 1", then -> then.pays("zhejiang", "100", "anhui"),
 *                         otherwise -> otherwise.pays("anhui", "100", "zhejiang")))
 *     .build();
 * }</pre>
 *
 * Expressions, periods and options are written as in the language (spec/language.md).
 */
public final class AgreementBuilder {
  private final String id;
  private final String title;
  private final List<String> header = new ArrayList<>();
  private final List<String> imports = new ArrayList<>();
  private final List<String> parties = new ArrayList<>();
  private final List<String> inputs = new ArrayList<>();
  private final List<String> declarations = new ArrayList<>();
  private String fileName;

  private AgreementBuilder(String id, String title) {
    this.id = id;
    this.title = title;
    this.fileName = id + ".concord";
  }

  /** Starts an agreement with its identifier and title. */
  public static AgreementBuilder agreement(String id, String title) {
    return new AgreementBuilder(id, title);
  }

  /** The file name diagnostics will cite (default: the identifier with `.concord`). */
  public AgreementBuilder fileName(String name) {
    this.fileName = name;
    return this;
  }

  /** `term FIRST to LAST GRANULARITY`; granularity is yearly, quarterly or monthly. */
  public AgreementBuilder term(String first, String last, String granularity) {
    header.add("term " + first + " to " + last + " " + granularity);
    return this;
  }

  /** `currency CODE SCALE`; scale may be null. */
  public AgreementBuilder currency(String code, String scale) {
    header.add("currency " + code + (scale == null ? "" : " " + scale));
    return this;
  }

  /** `rounding INCREMENT MODE`, e.g. ("0.01", "half-even"). */
  public AgreementBuilder rounding(String increment, String mode) {
    header.add("rounding " + increment + " " + mode);
    return this;
  }

  /** `import "PATH"`. */
  public AgreementBuilder importFile(String path) {
    imports.add("import " + quote(path));
    return this;
  }

  /** A party; {@code options} as written after the level, e.g. "parent central" (may be empty). */
  public AgreementBuilder party(String id, String title, String level, String... options) {
    parties.add(join(id + " " + quote(title) + " level " + level, options));
    return this;
  }

  /** An input; {@code options} as written after the type, e.g. "in [0, 5]", "by party". */
  public AgreementBuilder input(String id, String title, String type, String... options) {
    inputs.add(join(id + " " + quote(title) + " : " + type, options));
    return this;
  }

  /** `outside ID "TITLE"`: an account outside the agreement. */
  public AgreementBuilder outside(String id, String title) {
    declarations.add("outside " + id + " " + quote(title));
    return this;
  }

  /** `define NAME = EXPRESSION`; a per-party definition is named like `capacity[p]`. */
  public AgreementBuilder define(String name, String expression) {
    declarations.add("define " + name + " = " + expression);
    return this;
  }

  /** A fund; {@code options} as written, e.g. "held by anhui", "carry over". */
  public AgreementBuilder fund(String id, String title, String... options) {
    declarations.add(join("fund " + id + " " + quote(title), options));
    return this;
  }

  /** An article and its clauses. */
  public AgreementBuilder article(String number, String title, Consumer<Clauses> clauses) {
    Clauses body = new Clauses();
    clauses.accept(body);
    StringBuilder text = new StringBuilder("article " + number + " " + quote(title));
    for (String line : body.lines) text.append("\n  ").append(line.replace("\n", "\n  "));
    declarations.add(text.toString());
    return this;
  }

  /** The agreement text written so far, exactly as {@link #build()} parses it. */
  public String text() {
    StringBuilder out = new StringBuilder("agreement " + id + " " + quote(title) + "\n");
    for (String h : header) out.append("  ").append(h).append('\n');
    for (String i : imports) out.append('\n').append(i).append('\n');
    if (!parties.isEmpty()) {
      out.append("\nparties\n");
      for (String p : parties) out.append("  ").append(p).append('\n');
    }
    if (!inputs.isEmpty()) {
      out.append("\ninputs\n");
      for (String i : inputs) out.append("  ").append(i).append('\n');
    }
    for (String d : declarations) out.append('\n').append(d).append('\n');
    return out.toString();
  }

  /** Parses and checks the built text: the same pipeline as a file. */
  public Agreement build() {
    return Concord.fromText(fileName, text());
  }

  /** The clauses of an article, or of a branch or loop body. */
  public static final class Clauses {
    private final List<String> lines = new ArrayList<>();

    /** `PAYER pays AMOUNT to PAYEE [timing]`. */
    public Clauses pays(String payer, String amount, String payee, String... timing) {
      lines.add(join(payer + " pays " + amount + " to " + payee, timing));
      return this;
    }

    /** `share BASE collected by COLLECTOR` then lines like "50% to beijing", then options. */
    public Clauses share(String base, String collector, List<String> portions, String... options) {
      StringBuilder s = new StringBuilder("share " + base + (collector == null ? "" : " collected by " + collector));
      for (String p : portions) s.append("\n  ").append(p);
      for (String o : options) s.append("\n  ").append(o);
      lines.add(s.toString());
      return this;
    }

    /** `FUND distributes AMOUNT to RECIPIENTS BASIS`, e.g. basis "in proportion to population". */
    public Clauses distributes(String fund, String amount, String recipients, String basis) {
      lines.add(join(fund + " distributes " + amount + " to " + recipients, basis));
      return this;
    }

    /** `CONTRIBUTORS contribute AMOUNT to FUND BASIS`. */
    public Clauses contribute(String contributors, String amount, String fund, String basis) {
      lines.add(join(contributors + " contribute " + amount + " to " + fund, basis));
      return this;
    }

    /** `if CONDITION then … else … end`; {@code otherwise} may be null for no `else`. */
    public Clauses when(String condition, Consumer<Clauses> then, Consumer<Clauses> otherwise) {
      StringBuilder s = new StringBuilder("if " + condition + " then");
      s.append(indented(then));
      if (otherwise != null) s.append("\nelse").append(indented(otherwise));
      s.append("\nend");
      lines.add(s.toString());
      return this;
    }

    /** `for each VARIABLE in PARTIES do … end`; parties as written, e.g. "members of council". */
    public Clauses forEach(String variable, String parties, Consumer<Clauses> body) {
      lines.add("for each " + variable + " in " + parties + " do" + indented(body) + "\nend");
      return this;
    }

    /** Any clause written out in full, for constructs without a dedicated method. */
    public Clauses clause(String text) {
      lines.add(text);
      return this;
    }

    private static String indented(Consumer<Clauses> block) {
      Clauses inner = new Clauses();
      block.accept(inner);
      StringBuilder s = new StringBuilder();
      for (String line : inner.lines) s.append("\n  ").append(line.replace("\n", "\n  "));
      return s.toString();
    }
  }

  private static String join(String head, String... rest) {
    StringBuilder s = new StringBuilder(head);
    for (String r : rest) {
      if (r != null && !r.isBlank()) s.append(' ').append(r);
    }
    return s.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
