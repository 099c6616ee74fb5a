package org.pawprints.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512, 210,000 iterations and a 32-byte random salt per
 * password (today's OWASP advice; Jakarta Security's default of 2,048 iterations is far below it).
 * The stored form names the algorithm and iteration count, so they can be raised later and old
 * hashes still verify; {@link #isOutdated} tells when to re-hash at the next sign-in.
 */
@ApplicationScoped
public class PasswordHashing {

  static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  static final int ITERATIONS = 210_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS),
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

  /** True when the hash was made with weaker settings than today's. */
  public boolean isOutdated(String storedHash) {
    return storedHash == null || !storedHash.startsWith(ALGORITHM + ":" + ITERATIONS + ":");
  }
}
