package org.pawprints.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512 and a 32-byte random salt per password, at the cost set
 * by {@code pawprints.password.iterations}: 210,000 iterations by default (today's OWASP advice;
 * Jakarta Security's default of 2,048 is far below it). Only the tests' servers set a lower cost,
 * so that signing in a hundred test people does not take minutes. The stored form names the
 * algorithm and iteration count, so the cost can be raised later and old hashes still verify;
 * {@link #isOutdated} tells when to re-hash at the next sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int RECOMMENDED_ITERATIONS = 210_000;

  /**
   * Jakarta Security's own floor for PBKDF2 (Soteria refuses fewer); a lower setting is refused.
   */
  static final int MINIMUM_ITERATIONS = 1_024;

  private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "pawprints.password.iterations")
  int iterations;

  @PostConstruct
  void configure() {
    if (iterations < MINIMUM_ITERATIONS) {
      throw new IllegalStateException(
          "pawprints.password.iterations must be at least " + MINIMUM_ITERATIONS);
    }
    if (iterations < RECOMMENDED_ITERATIONS) {
      LOG.warning(
          () ->
              "Passwords are hashed with "
                  + iterations
                  + " PBKDF2 iterations, below the recommended "
                  + RECOMMENDED_ITERATIONS
                  + ": fine for tests, not for real people.");
    }
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "64"));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    if (password == null || storedHash == null) {
      return false;
    }
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /**
   * True when the hash was made with another algorithm or fewer iterations than configured. A
   * stronger hash is kept: lowering the setting never weakens a stored password.
   */
  public boolean isOutdated(String storedHash) {
    String prefix = ALGORITHM + ":";
    if (storedHash == null || !storedHash.startsWith(prefix)) {
      return true;
    }
    // After the algorithm: iterations, salt and hash.
    String[] parts = storedHash.substring(prefix.length()).split(":");
    if (parts.length != 3) {
      return true;
    }
    try {
      return Integer.parseInt(parts[0]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
