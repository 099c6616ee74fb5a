package org.pawprints.platform.web;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Scripts, styles and images of the pages, kept in memory once read, with their gzip copy made
 * once. Faces reads a resource from its jar on every request, and the server compressed it anew for
 * every browser that accepts gzip: a first visit (the sign-in page and its 13 resources) cost the
 * server 300-350 ms of CPU, 200-240 ms with the resources kept (docs/performance.md, "Session 15").
 * When a whole room opens the live page at once with empty caches (a first session, new phones),
 * that difference is seconds of both cores.
 *
 * <p>Only the known libraries' resources are kept, addressed by name and library, with no parameter
 * but those two and the version (an address with any other parameter is served by Faces as before
 * and not kept). The version is left out of the key: these libraries have no versioned folders, so
 * Faces answers the same bytes whatever {@code v} says, and an address with a made-up version must
 * not become a new copy. So at most every resource of the four libraries is kept once, and never
 * more than {@link #MAX_KEPT_BYTES} in all. They are the same bytes for everyone, never a person's
 * data. A conditional request (the browser's cache asking "still the same?") goes to Faces, which
 * answers 304. In Development stage nothing is kept, so edited styles show at once.
 */
public class CachedResources extends ResourceHandlerWrapper {

  private static final Set<String> LIBRARIES =
      Set.of("primefaces", "primefaces-saga-blue", "pawprints", "jakarta.faces");

  /** Worth compressing: text. Fonts and raster images are compressed already. */
  private static final Set<String> TEXT_TYPES =
      Set.of("text/css", "application/javascript", "text/javascript", "image/svg+xml");

  /** Bigger than any script of PrimeFaces (components.js is 548 kB): not kept. */
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  /** All kept copies together; past it, resources are served as Faces answers them, not kept. */
  static final long MAX_KEPT_BYTES = 32L * 1024 * 1024;

  private final Map<String, KeptResource> kept = new ConcurrentHashMap<>();
  private final AtomicLong keptBytes = new AtomicLong();

  public CachedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handleResourceRequest(FacesContext context) throws IOException {
    ExternalContext external = context.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> key = keyOf(request);
    if (key.isEmpty()
        || !context.isProjectStage(ProjectStage.Production)
        || request.getHeader("If-None-Match") != null
        || request.getHeader("If-Modified-Since") != null) {
      super.handleResourceRequest(context);
      return;
    }
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    KeptResource resource = kept.get(key.get());
    if (resource == null) {
      CapturedResponse captured = new CapturedResponse(response);
      external.setResponse(captured);
      try {
        super.handleResourceRequest(context);
      } finally {
        external.setResponse(response);
      }
      if (!captured.isKeepable(MAX_BYTES)) {
        captured.replay();
        return;
      }
      resource = keep(captured);
      boolean keptNow =
          keptBytes.addAndGet(resource.size()) <= MAX_KEPT_BYTES
              && kept.putIfAbsent(key.get(), resource) == null;
      if (!keptNow) { // over the limit, or kept meanwhile by a request beside this one
        keptBytes.addAndGet(-resource.size());
      }
    }
    resource.writeTo(response, acceptsGzip(request));
  }

  /**
   * The resource's key: its path with its library, when it is a resource of a known library asked
   * for with no parameter but its library and version; empty otherwise.
   */
  static Optional<String> keyOf(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return Optional.empty();
    }
    Map<String, String[]> parameters = request.getParameterMap();
    String library = request.getParameter("ln");
    boolean onlyKnownParameters =
        parameters.keySet().stream().allMatch(name -> name.equals("ln") || name.equals("v"));
    if (library == null || !LIBRARIES.contains(library) || !onlyKnownParameters) {
      return Optional.empty();
    }
    return Optional.of(request.getRequestURI() + "|" + library);
  }

  private static boolean acceptsGzip(HttpServletRequest request) {
    String accepted = request.getHeader("Accept-Encoding");
    return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static KeptResource keep(CapturedResponse captured) {
    byte[] body = captured.body();
    String type = captured.getContentType();
    String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    byte[] gzipped = TEXT_TYPES.contains(mediaType) ? gzip(body) : null;
    return new KeptResource(type, captured.cachingHeaders(), body, gzipped);
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toByteArray();
  }
}
