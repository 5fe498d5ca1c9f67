package org.concord.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.concord.cli.Main;
import org.junit.jupiter.api.Test;

/** The embedding example gives, byte for byte, the JSON the CLI gives for the same agreement as text. */
class EmbeddingExampleTest {
  @Test
  void builderAndTextGiveTheSameLedger() {
    String fromJava = EmbeddingExample.run();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"simulate", "examples/java/xinan_embedded.concord", "--format", "json"},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    assertThat(fromJava).isEqualTo(out.toString());
    assertThat(fromJava).contains("\"agreement\" : \"xinan_embedded\"").contains("\"from\" : \"zhejiang\"");
  }
}
