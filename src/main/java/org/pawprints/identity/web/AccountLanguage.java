package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.pawprints.identity.application.Accounts;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.web.SignedInLanguage;

/** A signed-in person's pages speak their account's language. */
@RequestScoped
public class AccountLanguage implements SignedInLanguage {

  @Inject CurrentUser currentUser;
  @Inject Accounts accounts;

  @Override
  public Optional<Language> language() {
    return currentUser.person().map(p -> p.getLanguage());
  }

  @Override
  public void choose(Language language) {
    if (currentUser.isSignedIn()) {
      accounts.chooseLanguage(language);
    }
  }
}
