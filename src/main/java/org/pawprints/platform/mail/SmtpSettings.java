package org.pawprints.platform.mail;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SMTP settings from the environment ({@code PAWPRINTS_SMTP_HOST}, {@code _PORT}, {@code
 * _USERNAME}, {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}). No host means no SMTP: mail is
 * held in the outbox.
 */
public record SmtpSettings(
    String host, int port, String username, String password, String from, boolean startTls) {

  public static Optional<SmtpSettings> current() {
    Config config = ConfigProvider.getConfig(SmtpSettings.class.getClassLoader());
    Optional<String> host =
        config.getOptionalValue("pawprints.smtp.host", String.class).filter(h -> !h.isBlank());
    return host.map(
        h ->
            new SmtpSettings(
                h,
                config.getOptionalValue("pawprints.smtp.port", Integer.class).orElse(587),
                config.getOptionalValue("pawprints.smtp.username", String.class).orElse(""),
                config.getOptionalValue("pawprints.smtp.password", String.class).orElse(""),
                config
                    .getOptionalValue("pawprints.smtp.from", String.class)
                    .orElse("Pawprints <no-reply@localhost>"),
                config.getOptionalValue("pawprints.smtp.starttls", Boolean.class).orElse(true)));
  }

  Properties sessionProperties() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.auth", String.valueOf(!username.isEmpty()));
    props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
    props.put("mail.smtp.starttls.required", String.valueOf(startTls));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.writetimeout", "10000");
    return props;
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + host + ":" + port + ", user=" + username + ", from=" + from + "]";
  }
}
