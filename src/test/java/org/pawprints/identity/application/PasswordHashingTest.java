package org.pawprints.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The real cost of a password hash: what the shipped configuration asks for, and when a stored hash
 * is upgraded. The tests' servers hash at a lower cost (see arquillian.xml and PawprintsServer), so
 * this is where the production default is checked.
 */
class PasswordHashingTest {

  @Test
  void theShippedDefaultIsTwoHundredTenThousandIterations() throws IOException {
    Properties shipped = new Properties();
    try (InputStream in =
        PasswordHashing.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
      shipped.load(in);
    }
    assertEquals("210000", shipped.getProperty("pawprints.password.iterations"));
    assertEquals(210_000, PasswordHashing.RECOMMENDED_ITERATIONS);
  }

  @Test
  void aHashWithFewerIterationsThanConfiguredIsUpgraded() {
    PasswordHashing hashing = configuredAt(210_000);
    assertTrue(hashing.isOutdated("PBKDF2WithHmacSHA512:1024:c2FsdA==:aGFzaA=="));
    assertTrue(hashing.isOutdated("PBKDF2WithHmacSHA512:209999:c2FsdA==:aGFzaA=="));
    assertFalse(hashing.isOutdated("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA=="));
  }

  @Test
  void aStrongerHashIsNeverWeakenedByALowerSetting() {
    assertFalse(configuredAt(1_024).isOutdated("PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA=="));
  }

  @Test
  void anotherAlgorithmOrAnUnreadableHashIsUpgraded() {
    PasswordHashing hashing = configuredAt(210_000);
    assertTrue(hashing.isOutdated("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA=="));
    assertTrue(hashing.isOutdated("PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA=="));
    assertTrue(hashing.isOutdated("plain text"));
    assertTrue(hashing.isOutdated(null));
  }

  private static PasswordHashing configuredAt(int iterations) {
    PasswordHashing hashing = new PasswordHashing();
    hashing.iterations = iterations;
    return hashing;
  }
}
