package org.concord.report;

import static org.concord.report.ExprText.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Header;
import org.concord.ast.Import;
import org.concord.ast.Name;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Span;

/**
 * An agreement in its one canonical layout (`concord fmt`): header items indented two spaces, a
 * blank line between top-level declarations, section entries and article clauses indented two,
 * the bodies of `if` and `for each` two more, share lines, penalty options and dispute steps on
 * lines of their own under their clause, options in the grammar's order, expressions with only
 * the parentheses they need. Comments stay where the drafter put them ({@link CommentLayout}).
 *
 * <p>Formatting never changes meaning: parsing the output gives the same AST, spans aside, and
 * formatting the output again gives the same text.
 */
public final class Formatter {
  private static final int STEP = 2;

  private final SourcePositions source;
  private final List<CommentLayout.Line> lines = new ArrayList<>();
  private boolean blankPending;

  private Formatter(SourcePositions source) {
    this.source = source;
  }

  /** The canonical text of an agreement that has no source text (or whose comments may be lost). */
  public static String format(Agreement agreement) {
    return format(agreement, null);
  }

  /**
   * The canonical text of an agreement parsed from {@code sourceText}; the text lets comments be
   * placed exactly (which line they were on, where the unspanned keywords were).
   */
  public static String format(Agreement agreement, String sourceText) {
    Formatter f = new Formatter(sourceText == null ? null : new SourcePositions(sourceText));
    f.agreement(agreement);
    return CommentLayout.render(f.lines, agreement.comments(), f.source);
  }

  // ------------------------------------------------------------------ layout

  private void line(int indent, String text, Span anchor) {
    line(indent, text, anchor == null ? -1 : SourcePositions.start(anchor));
  }

  private void line(int indent, String text, long anchor) {
    lines.add(new CommentLayout.Line(indent, text, anchor, blankPending && !lines.isEmpty(), indent));
    blankPending = false;
  }

  /** `else`, `else if … then` or `end`: comments just above it belong to the block it closes. */
  private void closer(int indent, String text, long anchor) {
    lines.add(new CommentLayout.Line(indent, text, anchor, false, indent + STEP));
  }

  private void blank() {
    blankPending = true;
  }

  // ------------------------------------------------------------------ file and header

  private void agreement(Agreement a) {
    if (a.header() != null) header(a.header());
    if (!a.imports().isEmpty()) blank();
    for (Import i : a.imports()) line(0, "import " + quoted(i.path()), i.span());
    for (Declaration d : a.declarations()) {
      blank();
      declaration(d);
    }
  }

  private void header(Header h) {
    line(0, "agreement " + h.id().text() + title(h.title()), h.span());
    if (h.term() != null) {
      Header.Term t = h.term();
      line(STEP, "term " + t.first().text() + " to " + t.last().text() + " " + t.granularity().name().toLowerCase(java.util.Locale.ROOT),
          t.span());
    }
    if (h.currency() != null) {
      Header.Currency c = h.currency();
      line(STEP, "currency " + c.code().text() + (c.scale() == null ? "" : " " + c.scale().text()), c.span());
    }
    if (h.rounding() != null) {
      Header.Rounding r = h.rounding();
      String remainder = r.remainderTo() != null ? " remainder to " + r.remainderTo().text()
          : r.largestRemainder() ? " remainder largest" : "";
      line(STEP, "rounding " + r.increment().toPlainString() + " " + r.mode().text() + remainder, r.span());
    }
  }

  private static String title(String title) {
    return title == null ? "" : " " + quoted(title);
  }

  // ------------------------------------------------------------------ declarations

  private void declaration(Declaration d) {
    switch (d) {
      case Declaration.Parties p -> {
        line(0, "parties", p.span());
        for (Declaration.Party party : p.parties()) line(STEP, party(party), party.span());
      }
      case Declaration.Outside o -> line(0, "outside " + o.id().text() + title(o.title()), o.span());
      case Declaration.Inputs i -> {
        line(0, "inputs", i.span());
        for (Declaration.Input input : i.inputs()) line(STEP, input(input), input.span());
      }
      case Declaration.Definition def -> line(0, "define " + def.id().text()
          + (def.parameter() == null ? "" : "[" + def.parameter().text() + "]") + title(def.title()) + " = "
          + ExprText.of(def.body()), def.span());
      case Declaration.Fund f -> line(0, fund(f), f.span());
      case Declaration.Article a -> {
        line(0, "article " + a.number() + title(a.title()), a.span());
        clauses(a.clauses(), STEP);
      }
      case TestCase t -> testCase(t);
    }
  }

  private static String party(Declaration.Party p) {
    StringBuilder s = new StringBuilder(p.id().text()).append(title(p.title())).append(" level ").append(p.level().text());
    if (p.parent() != null) s.append(" parent ").append(p.parent().text());
    if (!p.members().isEmpty()) s.append(" members ").append(names(p.members(), ", "));
    return s.toString();
  }

  private static String input(Declaration.Input i) {
    StringBuilder s = new StringBuilder(i.id().text()).append(title(i.title())).append(" : ").append(i.kind().text());
    if (i.currency() != null) s.append(' ').append(i.currency().text());
    if (i.range() != null) {
      s.append(" in [").append(ExprText.of(i.range().low())).append(", ").append(ExprText.of(i.range().high())).append(']');
    }
    if (i.byParty()) s.append(" by party");
    if (i.variation() == Declaration.Variation.CONSTANT) s.append(" constant");
    if (i.collectedBy() != null) s.append(" collected by ").append(i.collectedBy().text());
    if (i.defaultValue() != null) s.append(" default ").append(ExprText.of(i.defaultValue()));
    return s.toString();
  }

  private static String fund(Declaration.Fund f) {
    StringBuilder s = new StringBuilder("fund ").append(f.id().text()).append(title(f.title()));
    if (f.heldBy() != null) s.append(" held by ").append(f.heldBy().text());
    if (f.initialBalance() != null) s.append(" initial balance ").append(ExprText.of(f.initialBalance()));
    if (f.shortfall() != null) {
      s.append(" on shortfall ").append(f.shortfall() == Declaration.Shortfall.ARREARS ? "arrears" : "pro-rata");
    }
    if (f.carryOver()) s.append(" carry over");
    if (f.lapseTo() != null) s.append(" lapse to ").append(f.lapseTo().text());
    return s.toString();
  }

  // ------------------------------------------------------------------ clauses

  private void clauses(List<Clause> clauses, int indent) {
    for (Clause c : clauses) clause(c, indent);
  }

  private void clause(Clause clause, int indent) {
    switch (clause) {
      case Clause.Payment p -> line(indent,
          p.payer().text() + " pays " + ExprText.of(p.amount()) + " to " + p.payee().text() + timing(p.timing(), " "),
          p.span());
      case Clause.Share s -> share(s, indent);
      case Clause.Distribution d -> line(indent, d.fund().text() + " distributes " + ExprText.of(d.amount()) + " to "
          + partySet(d.recipients()) + basis(d.basis()) + timing(d.timing(), " "), d.span());
      case Clause.Contribution c -> line(indent, partySet(c.contributors()) + " contribute " + ExprText.of(c.amount())
          + " to " + c.fund().text() + basis(c.basis()) + timing(c.timing(), " "), c.span());
      case Clause.Conditional c -> conditional(c, indent);
      case Clause.ForEach f -> {
        line(indent, "for each " + f.variable().text() + " in " + partySet(f.parties()) + " do", f.span());
        clauses(f.body(), indent + STEP);
        closer(indent, "end", endKeyword(f.span()));
      }
      case Clause.Obligation o -> line(indent, obligation(o), o.span());
      case Clause.Penalty p -> penalty(p, indent);
      case Clause.DisputeRoute d -> dispute(d, indent);
    }
  }

  private void share(Clause.Share s, int indent) {
    line(indent, "share " + s.base().text() + (s.collector() == null ? "" : " collected by " + s.collector().text()),
        s.span());
    int inner = indent + STEP;
    for (Clause.ShareLine l : s.lines()) line(inner, l.points().toPlainString() + "% to " + l.to().text(), l.span());
    if (s.remainderTo() != null) line(inner, "remainder to " + s.remainderTo().text(), s.remainderTo().span());
    if (s.totalCap() != null) {
      Clause.TotalCap cap = s.totalCap();
      line(inner, "until " + cap.party().text() + " has received " + ExprText.of(cap.amount()), cap.span());
    }
    if (s.periodCap() != null) line(inner, "at most " + ExprText.of(s.periodCap()) + " per period", s.periodCap().span());
    if (!s.timing().isAlways()) line(inner, timing(s.timing(), ""), s.timing().span());
  }

  private void conditional(Clause.Conditional c, int indent) {
    long contentEnd = -1;
    for (int i = 0; i < c.branches().size(); i++) {
      Clause.Branch b = c.branches().get(i);
      String head = "if " + ExprText.of(b.condition()) + " then";
      if (i == 0) line(indent, head, c.span());
      else closer(indent, "else " + head, SourcePositions.start(b.span()));
      clauses(b.clauses(), indent + STEP);
      contentEnd = SourcePositions.end(b.clauses().isEmpty() ? b.condition().span() : b.clauses().getLast().span());
    }
    if (c.otherwise() != null) {
      long at = source == null ? -1 : source.find("else", contentEnd, SourcePositions.end(c.span()));
      closer(indent, "else", at);
      clauses(c.otherwise(), indent + STEP);
    }
    closer(indent, "end", endKeyword(c.span()));
  }

  private static String obligation(Clause.Obligation o) {
    StringBuilder s = new StringBuilder("obligation ").append(o.id().text()).append(title(o.title())).append(' ')
        .append(o.party().text()).append(" must ");
    switch (o.duty()) {
      case Clause.PayDuty p -> s.append("pay ").append(ExprText.of(p.amount())).append(" to ").append(p.payee().text());
      case Clause.EnsureDuty e -> s.append("ensure ").append(ExprText.of(e.condition()));
    }
    if (o.deadline() != null) s.append(" by ").append(o.deadline().text());
    if (o.hortatory()) s.append(" hortatory");
    return s.toString();
  }

  private void penalty(Clause.Penalty p, int indent) {
    StringBuilder s = new StringBuilder("penalty on breach of ").append(p.obligation().text()).append(':');
    if (p.amount() != null) {
      if (p.payer() != null) s.append(' ').append(p.payer().text());
      s.append(" pays ").append(ExprText.of(p.amount())).append(" to ").append(p.payee().text());
    }
    line(indent, s.toString(), p.span());
    if (p.interest() != null) {
      Clause.Interest i = p.interest();
      line(indent + STEP, "interest " + i.points().toPlainString() + "% per period on arrears to " + i.to().text(),
          i.span());
    }
    if (p.escalation() != null) {
      line(indent + STEP, "escalating " + p.escalation().points().toPlainString() + "% per repeat",
          p.escalation().span());
    }
  }

  private void dispute(Clause.DisputeRoute d, int indent) {
    String scope = d.articles().isEmpty() ? ""
        : " under article " + d.articles().stream().map(Clause.ArticleRef::number).collect(Collectors.joining(", "));
    line(indent, "disputes" + scope + " go to " + forumStep(d.steps().getFirst()), d.span());
    int inner = indent + STEP;
    for (Clause.ForumStep step : d.steps().subList(1, d.steps().size())) {
      line(inner, "then " + forumStep(step), step.span());
    }
    long start = SourcePositions.start(d.span());
    long end = SourcePositions.end(d.span());
    if (d.escrow()) line(inner, "contested payments held in escrow", source == null ? -1 : source.find("contested", start, end));
    if (d.costs() != null) {
      Clause.Costs c = d.costs();
      String bearer = switch (c.bearer()) {
        case LOSER -> "loser";
        case EACH_SIDE -> "each side";
        case PARTY -> c.party().text();
      };
      line(inner, "costs borne by " + bearer, c.span());
    }
    if (d.costAmount() != null) line(inner, "costs of " + ExprText.of(d.costAmount()), d.costAmount().span());
    if (d.allConsent()) line(inner, "all parties consent", source == null ? -1 : source.find("all", start, end));
  }

  private static String forumStep(Clause.ForumStep s) {
    String parties = s.byArbiter() ? "by " + s.parties().getFirst().text() : "between " + names(s.parties(), " and ");
    String binding = switch (s.binding()) {
      case BINDING -> ", binding";
      case NON_BINDING -> ", non-binding";
      case UNSTATED -> "";
    };
    return s.forum().text() + " " + parties + " within " + s.limit().toPlainString() + " " + s.unit().text() + binding;
  }

  /** `each year in 2013 from 2013 through 2015 for 3 years`, in that order; empty when always. */
  private static String timing(Clause.Timing t, String lead) {
    List<String> parts = new ArrayList<>();
    if (t.each() != null) parts.add("each " + t.each().text());
    if (t.in() != null) parts.add("in " + t.in().text());
    if (t.from() != null) parts.add("from " + t.from().text());
    if (t.through() != null) parts.add("through " + t.through().text());
    if (t.forCount() != null) parts.add("for " + t.forCount().toPlainString() + " " + t.forUnit().text());
    return parts.isEmpty() ? "" : lead + String.join(" ", parts);
  }

  private static String partySet(Clause.PartySet set) {
    return switch (set) {
      case Clause.AllParties a -> "all parties";
      case Clause.MembersOf m -> "members of " + m.body().text();
      case Clause.PartyList l -> names(l.parties(), ", ");
    };
  }

  private static String basis(Clause.Basis basis) {
    return switch (basis) {
      case null -> "";
      case Clause.Equally e -> " equally";
      case Clause.Proportional p -> " in proportion to " + ExprText.of(p.weight());
      case Clause.Equalising e -> " equalising " + ExprText.of(e.measure());
    };
  }

  private static String names(List<Name> names, String separator) {
    return names.stream().map(Name::text).collect(Collectors.joining(separator));
  }

  /** The `end` that closes a block is the last three characters of the block's span. */
  private static long endKeyword(Span block) {
    return SourcePositions.of(block.endLine(), block.endColumn() - 3);
  }

  // ------------------------------------------------------------------ tests

  private void testCase(TestCase t) {
    line(0, "test " + quoted(t.name()), t.span());
    for (TestCase.Given g : t.givens()) line(STEP, given(g), g.span());
    for (TestCase.Expectation e : t.expectations()) line(STEP, expectation(e), e.span());
    if (t.tolerance() != null) line(STEP, "within " + ExprText.of(t.tolerance()), t.tolerance().span());
    closer(0, "end", endKeyword(t.span()));
  }

  private static String given(TestCase.Given g) {
    return switch (g) {
      case TestCase.ScenarioFile s -> "given scenario " + quoted(s.path());
      case TestCase.Values v -> "given " + v.input().text() + (v.party() == null ? "" : "[" + v.party().text() + "]")
          + " = " + v.values().stream()
              .map(gv -> ExprText.of(gv.value()) + (gv.period() == null ? "" : " in " + gv.period().text()))
              .collect(Collectors.joining(", "));
      case TestCase.Dispute d -> "given dispute under article " + d.article() + " in " + d.period().text()
          + (d.ruling() == null ? "" : " ruled " + d.ruling().text());
      case TestCase.Default d -> "given " + d.party().text() + " defaults on " + d.obligation().text() + " in "
          + d.period().text();
    };
  }

  private static String expectation(TestCase.Expectation e) {
    return switch (e) {
      case TestCase.Net n -> "expect net " + n.account().text() + when(n.period()) + " = " + ExprText.of(n.value());
      case TestCase.Flow f -> "expect flow " + f.from().text() + " to " + f.to().text() + when(f.period()) + " = "
          + ExprText.of(f.value());
      case TestCase.Balance b -> "expect balance " + b.fund().text() + " in " + b.period().text() + " = "
          + ExprText.of(b.value());
      case TestCase.Event ev -> "expect event " + ev.kind().text() + (ev.subject() == null ? "" : " of " + ev.subject().text())
          + " in " + ev.period().text();
      case TestCase.Reports r -> "expect diagnostic " + r.code().text();
    };
  }

  private static String when(org.concord.ast.PeriodLit period) {
    return period == null ? " total" : " in " + period.text();
  }
}
