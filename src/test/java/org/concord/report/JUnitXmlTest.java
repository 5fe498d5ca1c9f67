package org.concord.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class JUnitXmlTest {
  private static final TestOutcome OUTCOME = new TestOutcome(List.of(
      new TestOutcome.Suite("examples/xinan.concord", List.of(
          new TestOutcome.Case("clean water pays anhui", "examples/xinan.concord:40:1", true, null, null, 12),
          new TestOutcome.Case("dirty <water> & \"fines\"", "examples/xinan.concord:50:1", false,
              "net anhui in 2013: expected 100, got -100", "article 2: anhui pays 100 to zhejiang\u0001", 3)))));

  @Test
  void isWellFormedXmlWithOneSuitePerFileAndOneCasePerTest() throws Exception {
    String xml = JUnitXml.write(OUTCOME);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
    assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
        .isEqualTo("net anhui in 2013: expected 100, got -100");
  }

  @Test
  void escapesMarkupAndDropsCharactersXmlCannotHold() {
    String xml = JUnitXml.write(OUTCOME);
    assertThat(xml).contains("dirty &lt;water&gt; &amp; &quot;fines&quot;").doesNotContain("\u0001");
  }
}
