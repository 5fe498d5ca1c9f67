package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.List;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Name;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Span;
import org.junit.jupiter.api.Test;

/** Rules skip what they cannot judge: every part the AST documents as nullable is null here. */
class OddAstTest {
  private static final Span AT = new Span("odd.concord", 1, 1, 1, 2);

  private static Name n(String text) {
    return new Name(text, AT);
  }

  @Test
  void anAgreementWithNoHeaderAndEveryOptionalPartMissingChecksWithoutThrowing() {
    Clause.Timing always = Clause.Timing.always(AT);
    List<Clause> clauses = List.of(
        new Clause.Share(n("tax"), null, List.of(new Clause.ShareLine(BigDecimal.ZERO, n("a"), AT)), null, null, null,
            always, AT),
        new Clause.Penalty(n("nothing"), null, null, null, null, null, AT),
        new Clause.Obligation(n("o"), null, n("a"), new Clause.EnsureDuty(new Expr.Bool(true, AT), AT), null, false, AT),
        new Clause.Conditional(List.of(new Clause.Branch(new Expr.Ref(n("P"), AT), List.of(), AT)), null, AT),
        new Clause.Contribution(new Clause.MembersOf(n("nobody"), AT), new Expr.Ref(n("x"), AT), n("f"), null,
            new Clause.Timing(n("fortnight"), null, null, null, BigDecimal.ONE, null, AT), AT),
        new Clause.Distribution(n("f"), new Expr.Number(BigDecimal.ONE, "1", AT), new Clause.AllParties(AT), null,
            always, AT),
        new Clause.DisputeRoute(List.of(), List.of(), false, null, null, false, AT),
        new Clause.ForEach(n("p"), new Clause.MembersOf(n("nobody"), AT), List.of(
            new Clause.Payment(n("p"), new Expr.Number(BigDecimal.TEN, "10", AT), n("f"), always, AT)), AT));
    Agreement agreement = new Agreement("odd.concord", null, List.of(), List.of(
        new Declaration.Parties(List.of(new Declaration.Party(n("a"), null, n("zone"), null, List.of(), AT)), AT),
        new Declaration.Inputs(List.of(new Declaration.Input(n("P"), null, n("number"), null,
            new Declaration.Range(new Expr.Ref(n("low"), AT), new Expr.Number(BigDecimal.ONE, "1", AT), AT), false,
            Declaration.Variation.PER_PERIOD, null, null, AT)), AT),
        new Declaration.Fund(n("f"), null, null, null, null, false, null, AT),
        new Declaration.Article("1", null, clauses, AT)), List.of(), AT);
    assertThatCode(() -> Checker.check(List.of(new CheckUnit(agreement, List.of(agreement)))))
        .doesNotThrowAnyException();
  }
}
