package org.pawprints.identity.application;

import org.eclipse.microprofile.config.ConfigProvider;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * The address people reach Pawprints at, for links in mail. Configured (PAWPRINTS_PUBLIC_URL)
 * rather than read from the request's Host header, which an attacker could set to their own site
 * and so poison a password-reset link.
 */
public final class PublicAddress {

  private PublicAddress() {}

  public static String link(String pathAndQuery) {
    String base =
        ConfigProvider.getConfig(PublicAddress.class.getClassLoader())
            .getOptionalValue("pawprints.public.url", String.class)
            .filter(url -> !url.isBlank())
            .orElseGet(() -> "http://localhost:" + PawprintsConfig.current().port());
    return base.replaceAll("/+$", "") + pathAndQuery;
  }
}
