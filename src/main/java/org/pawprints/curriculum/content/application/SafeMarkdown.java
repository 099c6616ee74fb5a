package org.pawprints.curriculum.content.application;

import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Turns the Markdown of lesson text into HTML that is safe to put in a page as it is: emphasis,
 * bold, lists, quotes and links, nothing more. Raw HTML comes out escaped, links keep only safe
 * schemes (http, https, mailto) and never pass on where they came from, images show their
 * description rather than loading anything, and headings and code blocks stay plain paragraphs so
 * that lesson text cannot break the page's heading order.
 */
public final class SafeMarkdown {

  private static final Parser PARSER =
      Parser.builder().enabledBlockTypes(Set.of(BlockQuote.class, ListBlock.class)).build();

  private static final HtmlRenderer RENDERER = renderer().build();

  /** Also reads headings, for text shown under a heading of its own (a live session's slide). */
  private static final Parser PARSER_WITH_HEADINGS =
      Parser.builder()
          .enabledBlockTypes(Set.of(Heading.class, BlockQuote.class, ListBlock.class))
          .build();

  private static final HtmlRenderer RENDERER_WITH_SUBHEADINGS =
      renderer().nodeRendererFactory(SubheadingAtThree::new).build();

  private static HtmlRenderer.Builder renderer() {
    return HtmlRenderer.builder()
        .escapeHtml(true)
        .sanitizeUrls(true)
        // The default sanitizer also lets data: links through.
        .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
        .attributeProviderFactory(
            context ->
                (node, tagName, attributes) -> {
                  if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                  }
                })
        .nodeRendererFactory(ImageAsText::new);
  }

  private SafeMarkdown() {}

  /** The HTML for a piece of Markdown; empty for null or blank text. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }

  /**
   * The HTML for Markdown shown under an {@code h2} of the page, such as a live session's slide
   * under the activity's title: a Markdown heading of any level becomes an {@code h3}, so that "##
   * Softer beginnings" reads as a subheading rather than as two hash signs, and the page's heading
   * order still holds. Everything else as {@link #toHtml}.
   */
  public static String toHtmlUnderHeading(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER_WITH_SUBHEADINGS.render(PARSER_WITH_HEADINGS.parse(markdown));
  }

  /** Renders every heading as an {@code h3}. */
  private static final class SubheadingAtThree implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SubheadingAtThree(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class);
    }

    @Override
    public void render(Node heading) {
      html.line();
      html.tag("h3");
      for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag("/h3");
      html.line();
    }
  }

  /** Renders an image as its description, so that lesson text never loads anything. */
  private static final class ImageAsText implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    ImageAsText(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node image) {
      for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
    }
  }
}
