package org.pawprints.curriculum.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Lesson Markdown renders the little it needs, and nothing that could run or load. */
class SafeMarkdownTest {

  @Test
  void emphasisBoldListsAndQuotes() {
    assertEquals(
        "<p>Say <em>how</em> you <strong>feel</strong>.</p>\n",
        SafeMarkdown.toHtml("Say *how* you **feel**."));
    assertEquals("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", SafeMarkdown.toHtml("- one\n- two"));
    assertEquals("<ol>\n<li>first</li>\n</ol>\n", SafeMarkdown.toHtml("1. first"));
    assertEquals(
        "<blockquote>\n<p>Can we start over?</p>\n</blockquote>\n",
        SafeMarkdown.toHtml("> Can we start over?"));
  }

  @Test
  void scriptTagsComeOutAsText() {
    String html = SafeMarkdown.toHtml("Hi <script>alert('x')</script> there");
    assertFalse(html.contains("<script"), html);
    assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);

    String block = SafeMarkdown.toHtml("<script>\nalert(1)\n</script>");
    assertFalse(block.contains("<script"), block);
  }

  @Test
  void eventHandlersInRawHtmlComeOutAsText() {
    String html =
        SafeMarkdown.toHtml("<img src=x onerror=alert(1)> <a href=\"#\" onclick=\"x()\">a</a>");
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<a "), html);
    assertTrue(html.startsWith("<p>&lt;img"), html);
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    for (String markdown :
        new String[] {
          "[click](javascript:alert(1))",
          "[click](JavaScript:alert(1))",
          "[click](data:text/html;base64,PHNjcmlwdD4=)",
          "[click](vbscript:msgbox)",
          "<javascript:alert(1)>"
        }) {
      String html = SafeMarkdown.toHtml(markdown).toLowerCase(java.util.Locale.ROOT);
      assertFalse(html.contains("href=\"javascript"), html);
      assertFalse(html.contains("href=\"data"), html);
      assertFalse(html.contains("href=\"vbscript"), html);
    }
  }

  @Test
  void safeLinksStayAndDoNotPassOnTheirOrigin() {
    assertEquals(
        "<p><a rel=\"nofollow noopener noreferrer\" href=\"https://www.gottman.com/\">"
            + "Gottman</a></p>\n",
        SafeMarkdown.toHtml("[Gottman](https://www.gottman.com/)"));
  }

  @Test
  void imagesShowTheirDescriptionAndLoadNothing() {
    assertEquals(
        "<p>a tracking pixel</p>\n",
        SafeMarkdown.toHtml("![a tracking pixel](https://example.org/pixel.png)"));
  }

  @Test
  void headingsAndCodeBlocksStayParagraphs() {
    assertEquals("<p># Not a heading</p>\n", SafeMarkdown.toHtml("# Not a heading"));
    assertFalse(SafeMarkdown.toHtml("    indented").contains("<pre"));
    assertFalse(SafeMarkdown.toHtml("```\ncode\n```").contains("<pre"));
  }

  @Test
  void nothingForNothing() {
    assertEquals("", SafeMarkdown.toHtml(null));
    assertEquals("", SafeMarkdown.toHtml("  "));
  }
}
