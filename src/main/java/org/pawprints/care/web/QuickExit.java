package org.pawprints.care.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * Where quick exit goes ({@code #{quickExit.url}}): a neutral site in the visitor's language,
 * Environment Canada's weather by default. An operator sets others with {@code
 * PAWPRINTS_QUICK_EXIT_URL} and {@code PAWPRINTS_QUICK_EXIT_URL_FR}; anything but an absolute http
 * or https address falls back to the default, so a typo never strands a person on Pawprints.
 */
@Named
@ApplicationScoped
public class QuickExit {

  static final String DEFAULT_EN = "https://weather.gc.ca/";
  static final String DEFAULT_FR = "https://meteo.gc.ca/";

  @Inject CurrentLanguage language;

  private String english;
  private String french;

  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig(QuickExit.class.getClassLoader());
    english = configured(config, "pawprints.quick-exit.url").orElse(DEFAULT_EN);
    french = configured(config, "pawprints.quick-exit.url-fr").orElse(DEFAULT_FR);
  }

  public String getUrl() {
    return language.getLanguage() == Language.FR ? french : english;
  }

  private static Optional<String> configured(Config config, String key) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(QuickExit::usable);
  }

  static boolean usable(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (java.net.URISyntaxException notAnAddress) {
      return false;
    }
  }
}
