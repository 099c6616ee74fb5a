package org.pawprints.platform.config;

import java.nio.file.Path;
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
   * gets the write delay of {@link #h2WriteDelayMillis()} unless it names its own.
   */
  public String dbUrl() {
    String url =
        config
            .getOptionalValue("pawprints.db.url", String.class)
            .filter(configured -> !configured.isBlank())
            .orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("pawprints"));
    return H2Durability.withWriteDelay(url, h2WriteDelayMillis());
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

  private String text(String key) {
    return config.getValue(key, String.class);
  }
}
