package org.concord.sim.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.ValueType;

/**
 * Resolves a scenario document against the model it is for (spec/scenarios.md): every input,
 * party, period and event is looked up, every value checked against its input's type and range.
 * Every problem is collected; nothing stops at the first.
 */
final class Binder {
  static final MathContext CONTEXT = MathContext.DECIMAL128;

  private final Model model;
  private final List<Diagnostic> problems;
  final Scenario.Builder out;

  Binder(Model model, List<Diagnostic> problems) {
    this.model = model;
    this.problems = problems;
    this.out = Scenario.builder(model);
  }

  Model model() {
    return model;
  }

  private void problem(Code code, Span span, Object... args) {
    problems.add(Diagnostic.of(code, span, args));
  }

  String termText() {
    return model.term().label(0) + " to " + model.term().label(model.term().size() - 1);
  }

  // ------------------------------------------------------------------ JSON and YAML documents

  void document(Tree.Node root) {
    if (!(root instanceof Tree.Obj obj)) {
      problem(Code.C1004, root.span(), "an object with `inputs` and `events`", "$", Tree.describe(root));
      return;
    }
    for (Tree.Entry e : obj.entries()) {
      switch (e.key()) {
        case "description" -> {}
        case "inputs" -> inputs(e.value(), "$.inputs");
        case "events" -> events(e.value(), "$.events");
        default -> problem(Code.C1003, e.keySpan(), e.key(), "the scenario", "$." + e.key(), "`description`, `inputs`, `events`");
      }
    }
  }

  private void inputs(Tree.Node node, String path) {
    if (!(node instanceof Tree.Obj obj)) {
      problem(Code.C1004, node.span(), "an object of inputs", path, Tree.describe(node));
      return;
    }
    for (Tree.Entry e : obj.entries()) {
      String at = path + "." + e.key();
      Input in = model.input(e.key());
      if (in == null) {
        problem(Code.C1005, e.keySpan(), e.key(), at, Names.suggest(e.key(), model.inputs().stream().map(Input::id).toList(),
            "remove it, or declare it under `inputs` in the agreement"));
        continue;
      }
      if (!in.byParty()) {
        series(in, -1, e.value(), at);
      } else if (e.value() instanceof Tree.Obj parties) {
        for (Tree.Entry p : parties.entries()) {
          int party = party(p.key(), p.keySpan(), at + "." + p.key());
          if (party >= 0) series(in, party, p.value(), at + "." + p.key());
        }
      } else if (e.value() instanceof Tree.Scalar s) {
        BigDecimal v = value(in, s, at);
        if (v != null) for (Account a : model.accounts()) if (a.kind() == AccountKind.PARTY) out.constant(in.slot(), a.slot(), v);
      } else {
        problem(Code.C1004, e.value().span(), "an object of values by party (`" + in.id() + "` is given by party)", at,
            Tree.describe(e.value()));
      }
    }
  }

  /** One party's (or the only) series: a constant, a map of periods, or a projection. */
  private void series(Input in, int party, Tree.Node node, String path) {
    switch (node) {
      case Tree.Scalar s -> {
        BigDecimal v = value(in, s, path);
        if (v != null) out.constant(in.slot(), party, v);
      }
      case Tree.Obj obj when obj.entries().stream().anyMatch(e -> e.key().equals("start") || e.key().equals("growth")) ->
          projection(in, party, obj, path);
      case Tree.Obj obj -> {
        if (in.constant()) {
          problem(Code.C1004, node.span(), "one value (`" + in.id() + "` is constant over the term)", path, Tree.describe(node));
          return;
        }
        for (Tree.Entry e : obj.entries()) {
          String at = path + "." + e.key();
          int t = period(e.key(), e.keySpan(), at);
          if (t < 0) continue;
          if (!(e.value() instanceof Tree.Scalar s)) {
            problem(Code.C1004, e.value().span(), expected(in), at, Tree.describe(e.value()));
            continue;
          }
          BigDecimal v = value(in, s, at);
          if (v != null) out.value(in.slot(), party, t, v);
        }
      }
      case Tree.Arr arr -> problem(Code.C1004, node.span(), expected(in) + ", a map of periods, or `start` and `growth`", path,
          Tree.describe(node));
    }
  }

  /** `{ "start": 100, "growth": "5%" }`: start in the first period, compounding each period after. */
  private void projection(Input in, int party, Tree.Obj obj, String path) {
    BigDecimal start = null;
    BigDecimal growth = null;
    boolean ok = true;
    for (Tree.Entry e : obj.entries()) {
      String at = path + "." + e.key();
      switch (e.key()) {
        case "start" -> {
          if (e.value() instanceof Tree.Scalar s) start = number(s, at, expected(in), in.type() == ValueType.PERCENT);
          else problem(Code.C1004, e.value().span(), expected(in), at, Tree.describe(e.value()));
        }
        case "growth" -> {
          if (e.value() instanceof Tree.Scalar s) growth = number(s, at, "a growth rate like \"5%\" or 0.05", true);
          else problem(Code.C1004, e.value().span(), "a growth rate like \"5%\" or 0.05", at, Tree.describe(e.value()));
        }
        default -> {
          problem(Code.C1003, e.keySpan(), e.key(), "a projection", at, "`start`, `growth`");
          ok = false;
        }
      }
    }
    if (start == null || growth == null) {
      if (ok && (start == null) != (growth == null)) {
        problem(Code.C1004, obj.span(), "both `start` and `growth`", path, "only `" + (start == null ? "growth" : "start") + "`");
      }
      return;
    }
    BigDecimal factor = BigDecimal.ONE.add(growth);
    BigDecimal v = start;
    for (int t = 0; t < model.term().size(); t++) {
      if (t > 0) v = v.multiply(factor, CONTEXT);
      if (!inRange(in, v, obj.span(), path + " in " + model.term().label(t))) return;
      out.value(in.slot(), party, t, v);
    }
  }

  private static String expected(Input in) {
    return switch (in.type()) {
      case PERCENT -> "a percentage like \"12.5%\" or 0.125";
      case BOOLEAN -> "`true` or `false`";
      case COUNT -> "a whole number";
      case MONEY -> "an amount";
      case NUMBER -> "a number";
    };
  }

  /** A scalar checked against the input's type and range; null (with a problem recorded) when wrong. */
  BigDecimal value(Input in, Tree.Scalar s, String path) {
    BigDecimal v;
    if (in.type() == ValueType.BOOLEAN) {
      if (s.kind() == Tree.Kind.TRUE || s.kind() == Tree.Kind.FALSE
          || (s.kind() == Tree.Kind.STRING && (s.text().equals("true") || s.text().equals("false")))) {
        return s.text().equals("true") ? BigDecimal.ONE : BigDecimal.ZERO;
      }
      problem(Code.C1004, s.span(), expected(in), path, s.describe());
      return null;
    }
    v = number(s, path, expected(in), in.type() == ValueType.PERCENT);
    if (v == null) return null;
    if (in.type() == ValueType.COUNT && v.stripTrailingZeros().scale() > 0) {
      problem(Code.C1004, s.span(), expected(in), path, s.describe());
      return null;
    }
    return inRange(in, v, s.span(), path) ? v : null;
  }

  private BigDecimal number(Tree.Scalar s, String path, String expected, boolean percentAllowed) {
    String text = s.text().trim().replace("_", "");
    boolean percent = false;
    if (s.kind() == Tree.Kind.STRING && percentAllowed && text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).trim();
      percent = true;
    } else if (s.kind() != Tree.Kind.NUMBER) {
      problem(Code.C1004, s.span(), expected, path, s.describe());
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(text);
      return percent ? v.movePointLeft(2) : v;
    } catch (NumberFormatException e) {
      problem(Code.C1004, s.span(), expected, path, s.describe());
      return null;
    }
  }

  private boolean inRange(Input in, BigDecimal v, Span span, String path) {
    boolean low = in.low() != null && v.compareTo(in.low()) < 0;
    boolean high = in.high() != null && v.compareTo(in.high()) > 0;
    if (!low && !high) return true;
    String range = "[" + (in.low() == null ? "…" : plain(in.low())) + ", " + (in.high() == null ? "…" : plain(in.high())) + "]";
    problem(Code.C1009, span, plain(v), range, in.id(), path);
    return false;
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  int party(String id, Span span, String path) {
    Account a = model.account(id);
    if (a != null && a.kind() == AccountKind.PARTY) return a.slot();
    List<String> parties = model.accounts().stream().filter(x -> x.kind() == AccountKind.PARTY).map(Account::id).toList();
    problem(Code.C1006, span, id, path, Names.suggest(id, parties, "the parties are " + String.join(", ", parties)));
    return -1;
  }

  int period(String label, Span span, String path) {
    int t = model.term().indexOf(label);
    if (t < 0) problem(Code.C1007, span, label, termText(), path);
    return t;
  }

  // ------------------------------------------------------------------ events

  private void events(Tree.Node node, String path) {
    if (!(node instanceof Tree.Arr arr)) {
      problem(Code.C1004, node.span(), "a list of events", path, Tree.describe(node));
      return;
    }
    for (int i = 0; i < arr.items().size(); i++) event(arr.items().get(i), path + "[" + i + "]");
  }

  private void event(Tree.Node node, String path) {
    if (!(node instanceof Tree.Obj obj)) {
      problem(Code.C1004, node.span(), "an event object with a `kind`", path, Tree.describe(node));
      return;
    }
    Function<String, Tree.Entry> field = k -> obj.entries().stream().filter(e -> e.key().equals(k)).findFirst().orElse(null);
    Tree.Entry kind = field.apply("kind");
    if (kind == null || !(kind.value() instanceof Tree.Scalar ks) || ks.kind() != Tree.Kind.STRING) {
      problem(Code.C1011, obj.span(), "an event needs a `kind`: `dispute` or `default`", path, "add `\"kind\": \"dispute\"` or `\"kind\": \"default\"`");
      return;
    }
    List<String> allowed = switch (ks.text()) {
      case "dispute" -> List.of("kind", "article", "period", "ruling");
      case "default" -> List.of("kind", "party", "obligation", "period");
      default -> null;
    };
    if (allowed == null) {
      problem(Code.C1011, ks.span(), "`" + ks.text() + "` is not an event kind", path + ".kind", "use `dispute` or `default`");
      return;
    }
    boolean ok = true;
    for (Tree.Entry e : obj.entries()) {
      if (!allowed.contains(e.key())) {
        problem(Code.C1003, e.keySpan(), e.key(), "a `" + ks.text() + "` event", path + "." + e.key(),
            String.join(", ", allowed.stream().map(a -> "`" + a + "`").toList()));
        ok = false;
      }
    }
    for (String required : allowed) {
      if (required.equals("ruling")) continue;
      if (field.apply(required) == null) {
        problem(Code.C1011, obj.span(), "a `" + ks.text() + "` event needs `" + required + "`", path, "add `" + required + "`");
        ok = false;
      }
    }
    if (!ok) return;
    int t = period(text(field.apply("period")), field.apply("period").keySpan(), path + ".period");
    if (ks.text().equals("dispute")) {
      Tree.Entry a = field.apply("article");
      String article = text(a);
      Ruling ruling = Ruling.UPHELD;
      Tree.Entry r = field.apply("ruling");
      if (r != null) {
        try {
          ruling = Ruling.valueOf(text(r).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(Code.C1011, r.value().span(), "`" + text(r) + "` is not a ruling", path + ".ruling", "use `upheld`, `reversed` or `split`");
          return;
        }
      }
      if (model.articles().stream().noneMatch(x -> x.number().equals(article))) {
        problem(Code.C1011, a.value().span(), "the agreement has no article " + article, path + ".article", "name an article of the agreement");
        return;
      }
      if (!routed(article)) {
        problem(Code.C1011, a.value().span(), "no dispute route covers article " + article, path + ".article",
            "add `disputes under article " + article + " go to …` to the agreement, or dispute another article");
        return;
      }
      if (t >= 0) out.event(new ScenarioEvent.Dispute(article, t, ruling));
    } else {
      Tree.Entry p = field.apply("party");
      int party = party(text(p), p.value().span(), path + ".party");
      Tree.Entry o = field.apply("obligation");
      String obligation = text(o);
      List<String> ids = model.all(Provision.Obligation.class).stream().map(Provision.Obligation::id).distinct().toList();
      if (!ids.contains(obligation)) {
        problem(Code.C1011, o.value().span(), "the agreement has no obligation `" + obligation + "`", path + ".obligation",
            Names.suggest(obligation, ids, "name an obligation the agreement declares"));
        return;
      }
      if (t >= 0 && party >= 0) out.event(new ScenarioEvent.Default(party, obligation, t));
    }
  }

  private boolean routed(String article) {
    return model.all(Provision.DisputeRoute.class).stream().anyMatch(r -> r.articles().isEmpty() || r.articles().contains(article));
  }

  private static String text(Tree.Entry e) {
    return e.value() instanceof Tree.Scalar s ? s.text() : Tree.describe(e.value());
  }
}
