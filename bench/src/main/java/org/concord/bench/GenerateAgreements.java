package org.concord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a set of agreement files for the parse and check benchmarks, deterministic from a
 * seed: each file a different compact among 4–16 parties (payments, tax shares with caps, funds
 * with contributions and distributions on every basis, conditionals, loops, obligations with
 * penalties, a dispute route, a test block). The default set is 2,000 files of about 300,000
 * lines in all.
 *
 * <p>The set checks clean as one workspace under the full rule set, as a real repository of
 * agreements would: a party id means one government in every file (its title and level follow
 * from the id: the members of a compact are the governments of its region, {@code river01},
 * {@code lake07}, …), each file shares its own tax base ({@code relocated_tax_0042}), at most
 * once per collector, and disputes go to {@code central}, which is party to no article.
 *
 * <pre>
 * ./mvnw -q -DskipTests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.concord.bench.GenerateAgreements \
 *     -Dexec.args="--seed 7 --files 2000 --out target/agreements"
 * </pre>
 */
public final class GenerateAgreements {
  public record Source(String name, String text) {
    public int lines() {
      int n = 0;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
      return n;
    }
  }

  public static final long DEFAULT_SEED = 7;
  public static final int DEFAULT_FILES = 2_000;

  private static final String[] LEVELS = {"province", "prefecture", "county", "district"};
  private static final String[] REGIONS = {"River", "Lake", "Mountain", "Coast", "Valley", "Plain", "Delta", "Basin"};
  /** The level of a region's member governments: the same in every file that names them. */
  private static final String[] REGION_LEVELS =
      {"prefecture", "county", "district", "prefecture", "county", "district", "prefecture", "county"};

  private GenerateAgreements() {}

  public static List<Source> generate(long seed, int files) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Source> out = new ArrayList<>(files);
    for (int i = 0; i < files; i++) out.add(one(i, rnd.split()));
    return out;
  }

  public static void main(String[] args) throws IOException {
    long seed = DEFAULT_SEED;
    int files = DEFAULT_FILES;
    Path dir = Path.of("target/agreements");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--files" -> files = Integer.parseInt(args[++i]);
        case "--out" -> dir = Path.of(args[++i]);
        default -> {
          System.err.println("usage: GenerateAgreements [--seed N] [--files N] [--out DIR]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(dir);
    long lines = 0;
    for (Source s : generate(seed, files)) {
      Files.writeString(dir.resolve(s.name()), s.text(), StandardCharsets.UTF_8);
      lines += s.lines();
    }
    System.out.println("wrote " + files + " files, " + lines + " lines, to " + dir);
  }

  private static Source one(int index, SplittableRandom rnd) {
    String id = String.format("compact_%04d", index);
    int parties = 4 + rnd.nextInt(13);
    int first = 2000 + rnd.nextInt(20);
    int years = 3 + rnd.nextInt(15);
    int last = first + years - 1;
    StringBuilder s = new StringBuilder(8_192);
    int regionIndex = rnd.nextInt(REGIONS.length);
    String region = REGIONS[regionIndex];
    Members m = new Members(region);
    String tax = String.format("relocated_tax_%04d", index);
    s.append("-- Generated agreement ").append(index).append(" (GenerateAgreements); figures are synthetic.\n\n");
    s.append("agreement ").append(id).append(" \"").append(region).append(" cooperation compact no. ").append(index)
        .append("\"\n");
    s.append("  term ").append(first).append(" to ").append(last).append(" yearly\n");
    s.append("  currency CNY millions\n");
    s.append(rnd.nextBoolean() ? "  rounding 0.01 half-even remainder largest\n" : "  rounding 0.01 half-up remainder to " + m.id(1) + "\n");
    s.append("\nparties\n  central \"Ministry of Finance\" level national\n");
    s.append("  upper \"Provincial government\" level province\n");
    String level = REGION_LEVELS[regionIndex];
    for (int i = 1; i <= parties; i++) {
      s.append("  ").append(m.id(i)).append(" \"").append(region).append(" member ").append(i).append("\" level ")
          .append(level).append(" parent upper\n");
    }
    s.append("  board \"Joint conference of the members\" level body parent upper\n    members ");
    for (int i = 1; i <= parties; i++) s.append(i > 1 ? (i % 10 == 1 ? ",\n      " : ", ") : "").append(m.id(i));
    s.append("\n\noutside market \"Everyone outside the compact\"\n\n");

    s.append("inputs\n");
    s.append("  revenue \"Local budget revenue\" : money CNY by party per period\n");
    s.append("  population \"Resident population, thousands\" : number by party per period in [0, 50000]\n");
    s.append("  gdp \"Gross regional product\" : money CNY by party per period\n");
    s.append("  ").append(tax).append(" \"Tax paid by enterprises relocated under this compact\" : money CNY by party per period default 0\n");
    s.append("  quality \"Environmental index\" : number in [0, 5] per period default 1\n");
    s.append("  rate \"Contribution rate\" : percent constant in [0%, 10%] default ").append(1 + rnd.nextInt(5)).append("%\n");
    s.append("\n");
    s.append("define capacity[p] \"Revenue per resident\" = revenue[p] / population[p]\n");
    s.append("define average_capacity \"Average revenue per resident\" = sum(revenue) / sum(population)\n");
    s.append("define pool \"Yearly intake\" = rate of sum(gdp)\n");
    s.append("define growth \"Growth of the intake\" = pool - previous(pool, pool)\n");
    s.append("define spread \"Gap between members\" = max(capacity[").append(m.id(1)).append("], capacity[").append(m.id(2))
        .append("]) - min(capacity[").append(m.id(3)).append("], capacity[").append(m.id(4)).append("])\n\n");

    s.append("fund common \"Common development fund\" held by board\n  initial balance ").append(rnd.nextInt(500))
        .append("\n  on shortfall ").append(rnd.nextBoolean() ? "pro-rata" : "arrears").append("\n  carry over\n\n");
    s.append("fund projects \"Project fund\" held by board\n  on shortfall pro-rata\n  lapse to upper\n\n");

    int article = 0;
    s.append("article ").append(++article).append(" \"Contributions\"\n");
    s.append("  members of board contribute pool to common in proportion to gdp each year\n");
    s.append("  upper pays max(growth, 0) + ").append(50 + rnd.nextInt(500)).append(" to projects each year\n\n");
    s.append("article ").append(++article).append(" \"Equalisation\"\n");
    s.append("  common distributes ").append(50 + 5 * rnd.nextInt(9)).append("% of pool to members of board equalising capacity each year\n");
    s.append("  projects distributes balance(projects) + ").append(10 + rnd.nextInt(90))
        .append(" to members of board in proportion to population each year\n\n");

    int articles = 2 + rnd.nextInt(10);
    Set<String> collectors = new HashSet<>();
    Set<Integer> kinds = new HashSet<>();
    for (int a = 0; a < articles; a++) {
      s.append("article ").append(++article).append(" \"").append(region).append(" provision ").append(a + 1).append("\"\n");
      int clauses = 1 + rnd.nextInt(4);
      for (int k = 0; k < clauses; k++) kinds.add(clause(s, rnd, m, parties, first, last, tax, collectors, -1));
      if (a == articles - 1) {
        // Every declaration is used (C0108-C0111): the tax base by a share, `average_capacity`
        // by a top-up, `market` by a payment to it, `spread` by a transfer on the gap.
        for (int kind : new int[] {1, 3, 6, 7}) {
          if (!kinds.contains(kind)) clause(s, rnd, m, parties, first, last, tax, collectors, kind);
        }
      }
      s.append('\n');
    }

    int duesArticle = ++article;
    s.append("article ").append(duesArticle).append(" \"Dues\"\n");
    s.append("  for each p in members of board do\n");
    s.append("    obligation dues \"Pay the conference's dues\" p must pay ").append(1 + rnd.nextInt(5))
        .append(" to board each period\n  end\n");
    s.append("  obligation target \"Keep the index at the standard\" " + m.id(1) + " must ensure quality <= 2 each period hortatory\n");
    s.append("  penalty on breach of dues:\n    pays 0.5 + 10% of arrears to upper\n");
    s.append("    interest 1% per period on arrears to board\n    escalating 25% per repeat\n\n");

    s.append("article ").append(++article).append(" \"Disputes\"\n");
    s.append("  disputes go to\n    consultation between ").append(m.id(1)).append(" and ").append(m.id(2))
        .append(" within 2 months\n");
    s.append("    then arbitration by central within ").append(3 + rnd.nextInt(10)).append(" months, binding\n");
    s.append("  contested payments held in escrow\n  costs borne by loser\n  costs of 1\n\n");

    s.append("test \"the fund pays out in the first year\"\n");
    for (int i = 1; i <= Math.min(parties, 4); i++) {
      s.append("  given revenue[").append(m.id(i)).append("] = ").append(1_000 + rnd.nextInt(9_000)).append('\n');
      s.append("  given population[").append(m.id(i)).append("] = ").append(100 + rnd.nextInt(5_000)).append('\n');
      s.append("  given gdp[").append(m.id(i)).append("] = ").append(10_000 + rnd.nextInt(90_000)).append('\n');
    }
    s.append("  given ").append(m.id(2)).append(" defaults on dues in ").append(first).append('\n');
    s.append("  expect flow ").append(m.id(2)).append(" to upper in ").append(first).append(" = 0.6\n");
    s.append("  within 0.05\nend\n");
    return new Source(id + ".concord", s.toString());
  }

  /** Writes one clause, of the given kind or (-1) a random one, and returns its kind. */
  private static int clause(
      StringBuilder s, SplittableRandom rnd, Members m, int parties, int first, int last, String tax,
      Set<String> collectors, int forced) {
    String a = m.id(1 + rnd.nextInt(parties));
    String b = other(rnd, m, parties, a);
    String when = timing(rnd, first, last);
    int kind = forced >= 0 ? forced : rnd.nextInt(8);
    // A collector's base is shared once: a second share by the same collector would give it away
    // twice over (C0308), so it becomes a payment.
    if (kind == 1 && !collectors.add(a)) kind = 0;
    switch (kind) {
      case 0 -> s.append("  ").append(a).append(" pays ").append(10 + rnd.nextInt(990)).append(" to ").append(b)
          .append(when).append('\n');
      case 1 -> {
        s.append("  share ").append(tax).append(" collected by ").append(a).append('\n');
        int pct = 10 * (1 + rnd.nextInt(8));
        s.append("    ").append(pct).append("% to ").append(b).append('\n');
        s.append("    remainder to ").append(a).append('\n');
        if (rnd.nextBoolean()) s.append("    until ").append(b).append(" has received ").append(100 * (1 + rnd.nextInt(50))).append('\n');
        else s.append("    at most ").append(10 * (1 + rnd.nextInt(50))).append(" per period\n");
        s.append("   ").append(when).append('\n');
      }
      case 2 -> {
        s.append("  if quality <= ").append(rnd.nextInt(3)).append('.').append(rnd.nextInt(10)).append(" then\n");
        s.append("    ").append(a).append(" pays ").append(5 + rnd.nextInt(200)).append(" to ").append(b).append(when).append('\n');
        s.append("  else if quality <= 3 then\n");
        s.append("    ").append(b).append(" pays ").append(5 + rnd.nextInt(200)).append(" to ").append(a).append(when).append('\n');
        s.append("  else\n    common distributes 10 to ").append(a).append(", ").append(b).append(" equally").append(when)
            .append("\n  end\n");
      }
      case 3 -> {
        s.append("  for each p in members of board do\n");
        s.append("    if capacity[p] < ").append(60 + rnd.nextInt(30)).append("% of average_capacity then\n");
        s.append("      upper pays ").append(1 + rnd.nextInt(5)).append("% of revenue[p] to p").append(when).append('\n');
        s.append("    end\n  end\n");
      }
      case 4 -> s.append("  ").append(a).append(", ").append(b).append(" contribute ").append(10 + rnd.nextInt(300))
          .append(" to common equally").append(when).append('\n');
      case 5 -> s.append("  common distributes min(balance(common), ").append(100 + rnd.nextInt(900))
          .append(") to members of board in proportion to population").append(when).append('\n');
      case 6 -> s.append("  ").append(a).append(" pays ").append(1 + rnd.nextInt(20)).append("% of gdp[").append(a)
          .append("] - ").append(rnd.nextInt(100)).append(" to market").append(when).append('\n');
      default -> {
        s.append("  -- a transfer that grows with the gap between the members\n");
        s.append("  if spread > ").append(rnd.nextInt(10)).append(" and not (quality > 4) then\n");
        s.append("    upper pays max(spread * ").append(1 + rnd.nextInt(9)).append(", 1) to ").append(a).append(when).append('\n');
        s.append("  end\n");
      }
    }
    return kind;
  }

  private static String timing(SplittableRandom rnd, int first, int last) {
    return switch (rnd.nextInt(4)) {
      case 0 -> " each year";
      case 1 -> " from " + (first + rnd.nextInt(last - first + 1)) + " through " + last;
      case 2 -> " in " + (first + rnd.nextInt(last - first + 1));
      default -> "";
    };
  }

  /** The member governments of one region: {@code river01} is the same government in every file. */
  private record Members(String prefix) {
    Members {
      prefix = prefix.toLowerCase(Locale.ROOT);
    }

    String id(int i) {
      return prefix + (i < 10 ? "0" : "") + i;
    }
  }

  private static String other(SplittableRandom rnd, Members m, int parties, String a) {
    String b;
    do {
      b = m.id(1 + rnd.nextInt(parties));
    } while (b.equals(a));
    return b;
  }
}
