package org.pawprints.privacy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.concurrent.atomic.AtomicLong;
import org.pawprints.identity.application.PasswordHashing;

/**
 * For in-container tests only: the real hashing, counting how many passwords it checks. Sign-in
 * must check one hash per attempt whatever the email, so that its time tells nothing; comparing
 * counts proves the same work is done without timing anything on a busy machine.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CountingPasswordHashing extends PasswordHashing {

  private static final AtomicLong CHECKS = new AtomicLong();

  @Override
  public boolean matches(String password, String storedHash) {
    CHECKS.incrementAndGet();
    return super.matches(password, storedHash);
  }

  public static long checks() {
    return CHECKS.get();
  }
}
