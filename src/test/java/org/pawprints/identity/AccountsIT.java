package org.pawprints.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.application.SignIn;
import org.pawprints.identity.application.SignInResult;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.identity.domain.TokenPurpose;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.PawprintsDeployment;

/** Inside Payara Micro: accounts, hashing, tokens and sign-in against the real database. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(AccountsIT.class);
  }

  @Inject Accounts accounts;
  @Inject SignIn signIn;
  @Inject OneTimeTokens tokens;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private static String email(String who) {
    return who + "-" + UUID.randomUUID() + "@Pawprints.TEST";
  }

  @Test
  void passwordsAreStoredAsHashesAtTheConfiguredCostOnly() {
    String password = "a perfectly fine passphrase";
    Person person =
        accounts.create(email("hash"), "Hash", Language.EN, password, Set.of(Role.PARTICIPANT));
    assertTrue(person.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:" + iterations() + ":"));
    assertFalse(person.getPasswordHash().contains(password));
  }

  @Test
  void aWeakerHashIsUpgradedAtTheNextSignIn() throws Exception {
    String address = email("weak");
    String password = "an old but fine passphrase";
    long id =
        accounts.create(address, "Weak", Language.EN, password, Set.of(Role.PARTICIPANT)).getId();
    int weaker = iterations() / 2;
    tx.begin();
    em.find(Person.class, id).changePasswordHash(pbkdf2(password, weaker));
    tx.commit();

    assertEquals(
        SignInResult.Outcome.SIGNED_IN, signIn.attempt(address, password, "192.0.2.7").outcome());

    String upgraded = accounts.find(id).orElseThrow().getPasswordHash();
    assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA512:" + iterations() + ":"), upgraded);
    assertEquals(
        SignInResult.Outcome.SIGNED_IN, signIn.attempt(address, password, "192.0.2.7").outcome());
  }

  /** The cost this server hashes at (the tests' servers set a low one; see arquillian.xml). */
  private static int iterations() {
    return ConfigProvider.getConfig().getValue("pawprints.password.iterations", Integer.class);
  }

  /** A hash in Jakarta Security's PBKDF2 format, made with fewer iterations than today's. */
  private static String pbkdf2(String password, int iterations) throws Exception {
    byte[] salt = new byte[16];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
            .getEncoded();
    return "PBKDF2WithHmacSHA512:"
        + iterations
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  @Test
  void emailsAreUniqueWhateverTheirCase() {
    String address = email("dup");
    accounts.create(address, "One", Language.EN, "first passphrase", Set.of(Role.PARTICIPANT));
    Refusal problem =
        assertThrows(
            Refusal.class,
            () ->
                accounts.create(
                    address.toLowerCase(), "Two", Language.FR, "second passphrase", Set.of()));
    assertEquals("email.taken", problem.messageKey());
  }

  @Test
  void badInputIsRefusedWithAReason() {
    assertEquals(
        "email.invalid",
        problemOf(
            () -> accounts.create("not an email", "N", Language.EN, "long enough pass", Set.of())));
    assertEquals(
        "email.invalid",
        problemOf(
            () ->
                accounts.create(
                    "a".repeat(10_000) + "@x.ca", "N", Language.EN, "long enough pass", Set.of())));
    assertEquals(
        "name.tooLong",
        problemOf(
            () ->
                accounts.create(
                    email("long"), "x".repeat(10_000), Language.EN, "long enough pass", Set.of())));
    assertEquals(
        "name.required",
        problemOf(
            () ->
                accounts.create(email("blank"), "   ", Language.EN, "long enough pass", Set.of())));
    assertEquals(
        "password.tooShort",
        problemOf(() -> accounts.create(email("short"), "S", Language.EN, "short", Set.of())));
    assertEquals(
        "password.tooLong",
        problemOf(
            () -> accounts.create(email("huge"), "H", Language.EN, "p".repeat(10_000), Set.of())));
  }

  @Test
  void namesKeepEmojiAccentsAndMarkupAsTyped() {
    Person person =
        accounts.create(
            email("emoji"), "Zoé 🌷 <script>x</script>", Language.FR, "long enough pass", Set.of());
    assertEquals(
        "Zoé 🌷 <script>x</script>", accounts.find(person.getId()).orElseThrow().getDisplayName());
  }

  @Test
  void signInLocksAnAccountAfterFiveFailures() {
    String address = email("lock");
    accounts.create(address, "Lock", Language.EN, "the right passphrase", Set.of(Role.PARTICIPANT));
    String client = "203.0.113." + (int) (Math.random() * 200);
    for (int i = 0; i < 4; i++) {
      assertEquals(
          SignInResult.Outcome.REFUSED, signIn.attempt(address, "wrong " + i, client).outcome());
    }
    assertEquals(
        SignInResult.Outcome.THROTTLED, signIn.attempt(address, "wrong 5", client).outcome());
    assertEquals(
        SignInResult.Outcome.THROTTLED,
        signIn.attempt(address, "the right passphrase", client).outcome());
  }

  @Test
  void oneTimeTokensWorkOnceAndOnlyForTheirPurpose() {
    String secret = tokens.issue(TokenPurpose.PASSWORD_RESET, null);
    assertTrue(tokens.peek(TokenPurpose.FIRST_ADMIN, secret).isEmpty());
    assertTrue(tokens.peek(TokenPurpose.PASSWORD_RESET, secret).isPresent());
    assertTrue(tokens.redeem(TokenPurpose.PASSWORD_RESET, secret).isPresent());
    assertTrue(tokens.redeem(TokenPurpose.PASSWORD_RESET, secret).isEmpty());
    assertTrue(tokens.peek(TokenPurpose.PASSWORD_RESET, "x".repeat(10_000)).isEmpty());
  }

  @Test
  void administrationNeedsTheAdminRole() {
    Person person =
        accounts.create(email("target"), "T", Language.EN, "long enough pass", Set.of());
    assertThrows(
        AccessDeniedException.class, () -> accounts.grant(person.getId(), Role.ADMIN, "127.0.0.1"));
    assertThrows(
        AccessDeniedException.class, () -> accounts.deactivate(person.getId(), "127.0.0.1"));
    assertThrows(AccessDeniedException.class, accounts::me);
  }

  private static String problemOf(Runnable action) {
    return assertThrows(Refusal.class, action::run).messageKey();
  }
}
