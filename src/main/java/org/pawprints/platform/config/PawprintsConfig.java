package org.pawprints.platform.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings an operator can change, read through MicroProfile Config so that each one can come
 * from an environment variable ({@code PAWPRINTS_DB_URL} for {@code pawprints.db.url}, and so on).
 * Safe defaults live in {@code META-INF/microprofile-config.properties}.
 *
 * <p>A plain class rather than a CDI bean because the data source reads it before CDI is up.
 */
public final class PawprintsConfig {

  private final Config config;

  private PawprintsConfig(Config config) {
    this.config = config;
  }

  /** The configuration as this application's class loader sees it. */
  public static PawprintsConfig current() {
    return new PawprintsConfig(ConfigProvider.getConfig(PawprintsConfig.class.getClassLoader()));
  }

  /** Where Pawprints keeps its files, made absolute: H2 refuses implicitly relative paths. */
  public Path dataDir() {
    return Path.of(text("pawprints.data.dir")).toAbsolutePath().normalize();
  }

  /**
   * The configured database, or by default an H2 file database inside the data directory. An H2 URL
   * gets the write delay of {@link #h2WriteDelayMillis()}, a lock wait of {@link H2LockWait} and a
   * statement cache of {@link H2QueryCache} unless it names its own.
   */
  public String dbUrl() {
    String url =
        config
            .getOptionalValue("pawprints.db.url", String.class)
            .filter(configured -> !configured.isBlank())
            .orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("pawprints"));
    return H2QueryCache.withQueryCache(
        H2LockWait.withLockTimeout(H2Durability.withWriteDelay(url, h2WriteDelayMillis())));
  }

  /**
   * How long H2 may keep a commit in memory before writing it to its file: 0 by default, so that a
   * commit is in the file (the operating system's, at least) before anyone is told "Saved". H2's
   * own default, 500 ms, lost seconds of acknowledged answers when the server was killed.
   */
  public int h2WriteDelayMillis() {
    return config.getOptionalValue("pawprints.h2.write.delay", Integer.class).orElse(0);
  }

  public String dbUser() {
    return text("pawprints.db.user");
  }

  public String dbPassword() {
    return config.getOptionalValue("pawprints.db.password", String.class).orElse("");
  }

  public int port() {
    return config.getOptionalValue("pawprints.port", Integer.class).orElse(8080);
  }

  /** Months after a participant's last cohort ended before they are anonymised (issue 10). */
  public int retentionMonths() {
    return positive("pawprints.retention.months", 12);
  }

  /** Days an audit event keeps its client address. */
  public int auditAddressDays() {
    return positive("pawprints.retention.audit-address-days", 90);
  }

  /** Days held mail (no SMTP configured) is kept. */
  public int heldMailDays() {
    return positive("pawprints.retention.held-mail-days", 30);
  }

  /** Days sent or failed mail is kept. */
  public int mailDays() {
    return positive("pawprints.retention.mail-days", 90);
  }

  /**
   * The time zone dates are shown in when no cohort's zone applies (issue 13): {@code
   * PAWPRINTS_TIME_ZONE}, America/Toronto by default; an unknown zone falls back to the default.
   */
  public ZoneId timeZone() {
    return config
        .getOptionalValue("pawprints.time.zone", String.class)
        .flatMap(PawprintsConfig::zone)
        .orElse(DEFAULT_TIME_ZONE);
  }

  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/Toronto");

  /** A zone by its id, when Java knows it. */
  public static Optional<ZoneId> zone(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id.strip()));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  private int positive(String key, int fallback) {
    int value = config.getOptionalValue(key, Integer.class).orElse(fallback);
    return value > 0 ? value : fallback;
  }

  private String text(String key) {
    return config.getValue(key, String.class);
  }
}
