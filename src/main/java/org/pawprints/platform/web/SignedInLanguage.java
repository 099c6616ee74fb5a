package org.pawprints.platform.web;

import java.util.Optional;
import org.pawprints.platform.i18n.Language;

/**
 * The language of the person signed in, when someone is: their account's choice wins over the
 * browser. Implemented by the identity feature, so the platform does not depend on it.
 */
public interface SignedInLanguage {

  Optional<Language> language();

  /** Remembers a new choice on the account; does nothing when nobody is signed in. */
  void choose(Language language);
}
