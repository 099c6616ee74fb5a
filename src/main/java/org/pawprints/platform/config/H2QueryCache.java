package org.pawprints.platform.config;

/**
 * Lets each H2 connection keep the statements it has parsed. H2 keeps 8 per connection by default,
 * fewer than one page asks for (a live screen's refresh runs about twenty different statements), so
 * every statement was parsed again on every request: 7 % of a refresh's CPU in the live benchmark's
 * profile. PostgreSQL's driver keeps its own per-connection cache.
 */
final class H2QueryCache {

  /** Every statement Pawprints sends fits, with room for growth; each is a few kilobytes. */
  static final int STATEMENTS = 256;

  private H2QueryCache() {}

  /** The URL with {@code ;QUERY_CACHE_SIZE=...} when it opens H2 and does not set it itself. */
  static String withQueryCache(String url) {
    return H2Url.withDefault(url, "QUERY_CACHE_SIZE", STATEMENTS);
  }
}
