package org.pawprints.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Faces answers for a resource, held back instead of sent: its status, body and caching
 * headers, so that {@link CachedResources} can keep it, or send it on unchanged ({@link #replay})
 * when it is not worth keeping (a 404, an oversized body).
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  /** The headers that describe the resource itself; the others are the request's own. */
  private static final Set<String> CACHING =
      Set.of("cache-control", "expires", "last-modified", "etag");

  private final HttpServletResponse real;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private int status = SC_OK;
  private PrintWriter writer;

  CapturedResponse(HttpServletResponse real) {
    super(real);
    this.real = real;
  }

  boolean isKeepable(int maxBytes) {
    flushWriter();
    return status == SC_OK && body.size() > 0 && body.size() <= maxBytes;
  }

  byte[] body() {
    flushWriter();
    return body.toByteArray();
  }

  Map<String, String> cachingHeaders() {
    Map<String, String> caching = new LinkedHashMap<>();
    headers.forEach(
        (name, value) -> {
          if (CACHING.contains(name.toLowerCase(Locale.ROOT))) {
            caching.put(name, value);
          }
        });
    return caching;
  }

  /** Sends what was held back, as Faces answered it. */
  void replay() throws IOException {
    flushWriter();
    real.setStatus(status);
    headers.forEach(real::setHeader);
    if (getContentType() != null) {
      real.setContentType(getContentType());
    }
    if (body.size() > 0) {
      real.setContentLength(body.size());
      body.writeTo(real.getOutputStream());
    }
  }

  private void flushWriter() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc) {
    status = sc;
  }

  @Override
  public void sendError(int sc, String msg) {
    status = sc;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setHeader(String name, String value) {
    headers.put(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    headers.merge(name, value, (a, b) -> a + ", " + b);
  }

  @Override
  public void setDateHeader(String name, long date) {
    headers.put(
        name,
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.ofEpochMilli(date).atZone(ZoneOffset.UTC)));
  }

  @Override
  public void addDateHeader(String name, long date) {
    setDateHeader(name, date);
  }

  @Override
  public void setIntHeader(String name, int value) {
    headers.put(name, String.valueOf(value));
  }

  @Override
  public void setContentLength(int len) {
    // The body's own length is sent, whichever copy goes out.
  }

  @Override
  public void setContentLengthLong(long len) {
    // As above.
  }

  @Override
  public void setBufferSize(int size) {
    // Nothing is buffered by the real response until the body is known.
  }

  @Override
  public void flushBuffer() {
    flushWriter();
  }

  @Override
  public void reset() {
    body.reset();
    headers.clear();
    status = SC_OK;
  }

  @Override
  public void resetBuffer() {
    body.reset();
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    return new ServletOutputStream() {
      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        body.write(b, off, len);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new IllegalStateException("a resource is written at once");
      }
    };
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(body, charset));
    }
    return writer;
  }
}
