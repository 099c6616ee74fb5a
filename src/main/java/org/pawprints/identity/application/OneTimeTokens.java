package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.pawprints.identity.domain.OneTimeToken;
import org.pawprints.identity.domain.TokenPurpose;

/** Issues and redeems single-use secrets for links. */
@ApplicationScoped
@Transactional
public class OneTimeTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int TOKEN_BYTES = 32;
  private static final int MAX_TOKEN_LENGTH = 100;

  @PersistenceContext EntityManager em;

  /** A new token; the returned secret is shown once (in a link) and never stored. */
  public String issue(TokenPurpose purpose, Long personId) {
    String secret = newSecret();
    em.persist(new OneTimeToken(purpose, hash(secret), personId, Instant.now()));
    return secret;
  }

  /** The token when it exists, is unused and has not expired; it is not used up by looking. */
  public Optional<OneTimeToken> peek(TokenPurpose purpose, String secret) {
    return find(purpose, secret, false).filter(t -> t.isUsableAt(Instant.now()));
  }

  /** Uses the token up, once: a second redemption, even at the same moment, finds nothing. */
  public Optional<OneTimeToken> redeem(TokenPurpose purpose, String secret) {
    Optional<OneTimeToken> token =
        find(purpose, secret, true).filter(t -> t.isUsableAt(Instant.now()));
    token.ifPresent(t -> t.use(Instant.now()));
    return token;
  }

  /** Retires every unused token of this purpose (for one person, or for all when null). */
  public void retireAll(TokenPurpose purpose, Long personId) {
    Query retire =
        personId == null
            ? em.createNamedQuery("OneTimeToken.retireUnused")
            : em.createNamedQuery("OneTimeToken.retireUnusedOf").setParameter("person", personId);
    retire.setParameter("now", Instant.now()).setParameter("purpose", purpose).executeUpdate();
  }

  private Optional<OneTimeToken> find(TokenPurpose purpose, String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return em.createNamedQuery("OneTimeToken.findByHash", OneTimeToken.class)
        .setParameter("hash", hash(secret.strip()))
        .setParameter("purpose", purpose)
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }

  /** A fresh random secret for a link (URL-safe, 256 bits), for features that store its hash. */
  public static String newSecret() {
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The SHA-256 of a secret, in hex: what is stored instead of the secret. */
  public static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
