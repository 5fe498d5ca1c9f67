package org.concord.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
  private static boolean hasShare(Agreement a) {
    return a.articles().stream().flatMap(art -> art.clauses().stream()).anyMatch(Clause.Share.class::isInstance);
  }

  @Test
  void shrinksToTheOneClauseThatMatters() {
    Agreement big = LongStream.range(0, 1000)
        .mapToObj(seed -> new AgreementGenerator(seed).agreement())
        .filter(a -> hasShare(a) && a.declarations().size() > 5)
        .findFirst()
        .orElseThrow();
    Agreement small = Shrinker.shrink(big, ShrinkerTest::hasShare);
    assertThat(small.declarations()).hasSize(1);
    Declaration.Article article = (Declaration.Article) small.declarations().getFirst();
    assertThat(article.clauses()).singleElement().isInstanceOf(Clause.Share.class);
  }
}
