package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import org.pawprints.identity.application.MyDataPart;
import org.pawprints.identity.domain.Person;

/**
 * The notification feature's part of "download my data": the bell, and the weekly digest choice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyNotificationData implements MyDataPart {

  @Inject Notifications notifications;
  @Inject DigestPreferences digest;

  @Override
  public void addTo(JsonObjectBuilder export, Person me) {
    export.add("notifications", notifications()).add("weeklyDigest", digest.weeklyDigestOn());
  }

  /**
   * The bell's notifications: what happened, where it pointed, when I saw it. Not who caused it:
   * that is another person's id.
   */
  private JsonArrayBuilder notifications() {
    JsonArrayBuilder all = Json.createArrayBuilder();
    notifications
        .allMine()
        .forEach(
            n -> {
              JsonObjectBuilder one =
                  Json.createObjectBuilder()
                      .add("at", n.getCreatedAt().toString())
                      .add("kind", n.getKind().name());
              if (n.getDetail() != null) {
                one.add("detail", n.getDetail());
              }
              if (n.getLink() != null) {
                one.add("link", n.getLink());
              }
              if (n.getReadAt() != null) {
                one.add("readAt", n.getReadAt().toString());
              }
              all.add(one);
            });
    return all;
  }
}
