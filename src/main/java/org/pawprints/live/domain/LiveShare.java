package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Words a couple offers to the room during a couple exercise. The fingerprint is the text's
 * SHA-256: a partner consents to the fingerprint of the preview they read, so a consent given to
 * another text never counts for this one.
 */
@Entity
@Table(name = "live_share")
@NamedQuery(
    name = "LiveShare.ofActivity",
    query = "SELECT s FROM LiveShare s WHERE s.activityId = :activity ORDER BY s.id")
@NamedQuery(
    name = "LiveShare.ofUnit",
    query = "SELECT s FROM LiveShare s WHERE s.activityId = :activity AND s.unitKey = :unit")
public class LiveShare {

  public static final int MAX_TEXT = 280;

  @Id
  @SequenceGenerator(name = "live_share_seq", sequenceName = "live_couple_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_share_seq")
  private Long id;

  @Column(name = "activity_id", nullable = false)
  private Long activityId;

  @Column(name = "unit_key", nullable = false, length = 24)
  private String unitKey;

  @Column(name = "proposed_by", nullable = false)
  private Long proposedBy;

  @Column(name = "partner_id")
  private Long partnerId;

  @Column(nullable = false, length = MAX_TEXT)
  private String content;

  @Column(nullable = false, length = 64)
  private String fingerprint;

  @Column(name = "shown_at")
  private Instant shownAt;

  protected LiveShare() {}

  public LiveShare(long activityId, String unitKey, long proposedBy, Long partnerId, String text) {
    this.activityId = activityId;
    this.unitKey = unitKey;
    this.proposedBy = proposedBy;
    this.partnerId = partnerId;
    propose(text);
  }

  /** A new text (or the first): every consent given so far was for another fingerprint. */
  public final void propose(String text) {
    this.content = text;
    this.fingerprint = fingerprintOf(text);
  }

  public void show(Instant now) {
    this.shownAt = now;
  }

  public boolean isShown() {
    return shownAt != null;
  }

  public static String fingerprintOf(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  public Long getId() {
    return id;
  }

  public Long getActivityId() {
    return activityId;
  }

  public String getUnitKey() {
    return unitKey;
  }

  public String getContent() {
    return content;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  /** Who offered first; with {@link #getPartnerId()}, the two whose consent it needs. */
  public Long getProposedBy() {
    return proposedBy;
  }

  public Long getPartnerId() {
    return partnerId;
  }
}
