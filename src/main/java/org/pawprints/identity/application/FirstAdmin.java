package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.identity.domain.Role;
import org.pawprints.identity.domain.TokenPurpose;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * The very first administrator. Pawprints never creates one silently: either the operator names one
 * in the environment, or a one-time setup link (written to the log) lets a person create it.
 */
@ApplicationScoped
@Transactional
public class FirstAdmin {

  @Inject PersonRepository people;
  @Inject Accounts accounts;
  @Inject OneTimeTokens tokens;
  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isNeeded() {
    return !people.anyoneHas(Role.ADMIN);
  }

  /** A fresh setup link's secret; earlier unused links stop working. */
  public String issueSetupLink() {
    tokens.retireAll(TokenPurpose.FIRST_ADMIN, null);
    return tokens.issue(TokenPurpose.FIRST_ADMIN, null);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isUsable(String secret) {
    return isNeeded() && tokens.peek(TokenPurpose.FIRST_ADMIN, secret).isPresent();
  }

  /** Creates the first administrator with the setup link, which is then used up. */
  public Person createWithLink(
      String secret,
      String email,
      String displayName,
      Language language,
      String password,
      String clientAddress) {
    if (tokens.redeem(TokenPurpose.FIRST_ADMIN, secret).isEmpty() || !isNeeded()) {
      throw new Refusal("setup.linkInvalid");
    }
    return create(email, displayName, language, password, clientAddress, "setup link");
  }

  /** Creates the first administrator from PAWPRINTS_ADMIN_EMAIL and PAWPRINTS_ADMIN_PASSWORD. */
  public Person createFromEnvironment(String email, String password) {
    return create(email, "Administrator", Language.EN, password, null, "environment");
  }

  private Person create(
      String email,
      String displayName,
      Language language,
      String password,
      String clientAddress,
      String how) {
    Person admin = accounts.create(email, displayName, language, password, Set.of(Role.ADMIN));
    audit.record(
        AuditEventType.FIRST_ADMIN_CREATED,
        Accounts.actor(admin),
        Accounts.actor(admin),
        clientAddress,
        how);
    return admin;
  }
}
