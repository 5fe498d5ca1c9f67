package org.concord.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Article;
import org.concord.model.Definition;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Granularity;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.model.Term;
import org.concord.model.ValueType;

/** Builds models by hand for simulator tests, the way the checker will build them from text. */
public final class Fixture {
  public static final int NONE = Rounding.NO_ACCOUNT;
  private int line = 1;
  private final List<String> periods;
  private Granularity granularity = Granularity.YEARLY;
  private Rounding rounding = new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, NONE, true);
  private final List<Account> accounts = new ArrayList<>();
  private final List<Input> inputs = new ArrayList<>();
  private final List<Definition> definitions = new ArrayList<>();
  private final List<Fund> funds = new ArrayList<>();
  private final List<Article> articles = new ArrayList<>();
  private int variables;
  private int obligations;

  public Fixture(String... periods) {
    this.periods = List.of(periods);
  }

  public static Fixture years(int first, int last) {
    List<String> ps = new ArrayList<>();
    for (int y = first; y <= last; y++) ps.add(String.valueOf(y));
    return new Fixture(ps.toArray(String[]::new));
  }

  public Span span() {
    int l = line++;
    return new Span("test.concord", l, 1, l, 2);
  }

  public Fixture rounding(Rounding r) {
    this.rounding = r;
    return this;
  }

  public Fixture granularity(Granularity g) {
    this.granularity = g;
    return this;
  }

  public int party(String id) {
    return account(id, AccountKind.PARTY);
  }

  public int outside(String id) {
    return account(id, AccountKind.OUTSIDE);
  }

  private int account(String id, AccountKind kind) {
    int slot = accounts.size();
    accounts.add(new Account(slot, id, id.toUpperCase(), kind, kind == AccountKind.PARTY ? "province" : "", NONE, List.of(), span()));
    return slot;
  }

  public int fund(String id, int heldBy, String initial, Fund.Shortfall shortfall, boolean carryOver, int lapseTo) {
    int slot = account(id, AccountKind.FUND);
    funds.add(new Fund(slot, heldBy, initial == null ? null : money(initial), shortfall, carryOver, lapseTo, span()));
    return slot;
  }

  public int input(String id, ValueType type, boolean byParty, String low, String high, String dflt) {
    int slot = inputs.size();
    inputs.add(new Input(slot, id, id, type, byParty, false, low == null ? null : new BigDecimal(low),
        high == null ? null : new BigDecimal(high), dflt == null ? null : num(dflt), NONE, span()));
    return slot;
  }

  public int input(String id, boolean byParty) {
    return input(id, ValueType.NUMBER, byParty, null, null, null);
  }

  public int define(String id, boolean byParty, int variable, Formula body) {
    int slot = definitions.size();
    definitions.add(new Definition(slot, id, id, body.type(), byParty, variable, body, span()));
    return slot;
  }

  public int variable() {
    return variables++;
  }

  public int nextObligation() {
    return obligations++;
  }

  public Fixture article(String number, Provision... provisions) {
    articles.add(new Article(number, "Article " + number, List.of(provisions), span()));
    return this;
  }

  public Model build() {
    return new Model("test_agreement", "Test agreement", "test.concord", new Term(granularity, periods), "CNY", "millions",
        rounding, accounts, inputs, definitions, funds, articles, variables);
  }

  public Schedule always() {
    return new Schedule(0, periods.size() - 1);
  }

  // ---------------------------------------------------------------- formulas

  public Formula.Constant num(String v) {
    return new Formula.Constant(new BigDecimal(v), ValueType.NUMBER, span());
  }

  public Formula.Constant money(String v) {
    return new Formula.Constant(new BigDecimal(v), ValueType.MONEY, span());
  }

  public Formula.Constant pct(String v) {
    return new Formula.Constant(new BigDecimal(v).movePointLeft(2), ValueType.PERCENT, span());
  }

  public Formula in(int input) {
    return new Formula.InputValue(input, null, inputs.get(input).type(), span());
  }

  public Formula in(int input, Formula.PartyRef party) {
    return new Formula.InputValue(input, party, inputs.get(input).type(), span());
  }

  public Formula def(int definition, Formula.PartyRef party) {
    return new Formula.DefinitionValue(definition, party, definitions.get(definition).type(), span());
  }

  public static Formula.PartyRef p(int slot) {
    return new Formula.FixedParty(slot);
  }

  public static Formula.PartyRef bound(int variable) {
    return new Formula.BoundParty(variable);
  }

  public Formula op(Formula.ArithmeticOp op, Formula a, Formula b) {
    return new Formula.Arithmetic(op, a, b, ValueType.MONEY, span());
  }

  public Formula cmp(Formula.ComparisonOp op, Formula a, Formula b) {
    return new Formula.Comparison(op, a, b, span());
  }

  // ---------------------------------------------------------------- provisions

  public Provision.Payment pays(int payer, Formula amount, int payee) {
    return new Provision.Payment(p(payer), amount, p(payee), always(), span());
  }

  public Provision.Conditional ifThen(Formula cond, List<Provision> then, List<Provision> otherwise) {
    return new Provision.Conditional(List.of(new Provision.Branch(cond, then, span())), otherwise, span());
  }
}
