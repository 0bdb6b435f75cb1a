package briefing.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checker of built pages lets the theme's coverage bars through, and no other drawing. */
class ActiveContentTest {
  private static final String BAR = "<svg class=\"bar\" viewBox=\"0 0 100 10\" aria-hidden=\"true\">"
      + "<rect class=\"shared\" width=\"40.5\" height=\"10\"/><rect class=\"only\" x=\"40.5\" width=\"9\" height=\"10\"/></svg>";

  @Test
  void theThemesCoverageBarIsNotActive() {
    assertEquals(Optional.empty(), ActiveContent.find("<p>" + BAR + "</p>"));
  }

  @Test
  void anyOtherDrawingIsActive() {
    for (String html : new String[] {
        "<svg><rect width=\"1\" height=\"1\"/></svg>",
        BAR.replace("<rect class=\"shared\"", "<script>alert(1)</script><rect class=\"shared\""),
        BAR.replace("width=\"9\"", "width=\"9\" onclick=\"alert(1)\""),
        BAR.replace("<rect class=\"only\" x=\"40.5\" width=\"9\" height=\"10\"/>",
            "<foreignObject><p>hi</p></foreignObject>"),
        BAR.replace("<rect class=\"only\"", "<a href=\"https://example.org/\"><rect/></a><rect class=\"only\""),
        BAR.replace("</svg>", "words</svg>")}) {
      assertTrue(ActiveContent.find(html).isPresent(), html);
    }
  }
}
