package org.pawprints.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when Pawprints is reached over HTTPS, which
 * PAWPRINTS_PUBLIC_URL says (behind a TLS-terminating proxy the server itself sees plain HTTP, so
 * the container would not set the flag on its own). A browser then never sends the session over
 * plain HTTP.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (publicUrlIsHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }

  static boolean publicUrlIsHttps() {
    return ConfigProvider.getConfig(SecureSessionCookie.class.getClassLoader())
        .getOptionalValue("pawprints.public.url", String.class)
        .map(url -> url.strip().toLowerCase(Locale.ROOT).startsWith("https://"))
        .orElse(false);
  }
}
