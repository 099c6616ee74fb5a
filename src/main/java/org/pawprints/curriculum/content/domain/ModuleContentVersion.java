package org.pawprints.curriculum.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import org.pawprints.platform.i18n.Language;

/**
 * One version of a module in one language: the whole module document as JSON, numbered from 1 per
 * module and language. A version is never changed once written; the current version is the
 * published one with the highest number, so an unpublished version is a draft.
 */
@Entity
@Table(name = "module_content_version")
@NamedQuery(
    name = "ModuleContentVersion.currentId",
    query =
        "SELECT v.id FROM ModuleContentVersion v WHERE v.module.step.slug = :slug"
            + " AND v.language = :language AND v.published = TRUE ORDER BY v.versionNo DESC")
@NamedQuery(
    name = "ModuleContentVersion.currentIds",
    query =
        "SELECT v.id FROM ModuleContentVersion v WHERE v.language = :language"
            + " AND v.published = TRUE AND v.versionNo = (SELECT MAX(w.versionNo)"
            + " FROM ModuleContentVersion w WHERE w.module = v.module"
            + " AND w.language = v.language AND w.published = TRUE)"
            + " ORDER BY v.module.step.position")
@NamedQuery(
    name = "ModuleContentVersion.newest",
    query =
        "SELECT v FROM ModuleContentVersion v WHERE v.module = :module"
            + " AND v.language = :language ORDER BY v.versionNo DESC")
@NamedQuery(
    name = "ModuleContentVersion.newestPublished",
    query =
        "SELECT v FROM ModuleContentVersion v WHERE v.module = :module"
            + " AND v.language = :language AND v.published = TRUE ORDER BY v.versionNo DESC")
@NamedQuery(
    name = "ModuleContentVersion.newestFromSource",
    query =
        "SELECT v FROM ModuleContentVersion v WHERE v.module = :module"
            + " AND v.language = :language AND v.source = :source ORDER BY v.versionNo DESC")
@NamedQuery(
    name = "ModuleContentVersion.countFromSource",
    query =
        "SELECT COUNT(v) FROM ModuleContentVersion v WHERE v.module = :module"
            + " AND v.source = :source")
public class ModuleContentVersion {

  @Id
  @SequenceGenerator(
      name = "ModuleContentVersion.id",
      sequenceName = "module_content_version_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ModuleContentVersion.id")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id")
  private ModuleContent module;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "content_json", nullable = false)
  private String contentJson;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VersionSource source;

  @Column(nullable = false)
  private boolean published;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ModuleContentVersion() {}

  public ModuleContentVersion(
      ModuleContent module,
      Language language,
      int versionNo,
      String contentJson,
      VersionSource source,
      boolean published) {
    if (versionNo < 1) {
      throw new IllegalArgumentException("Version numbers start at 1.");
    }
    this.module = Objects.requireNonNull(module);
    this.language = Objects.requireNonNull(language);
    this.versionNo = versionNo;
    this.contentJson = Objects.requireNonNull(contentJson);
    this.contentHash = hash(contentJson);
    this.source = Objects.requireNonNull(source);
    this.published = published;
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** The SHA-256 of a document's text, in lowercase hex. */
  public static String hash(String contentJson) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(contentJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256.", e);
    }
  }

  public Long getId() {
    return id;
  }

  public ModuleContent getModule() {
    return module;
  }

  public Language getLanguage() {
    return language;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getContentJson() {
    return contentJson;
  }

  public String getContentHash() {
    return contentHash;
  }

  public VersionSource getSource() {
    return source;
  }

  public boolean isPublished() {
    return published;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** Where problems with this version are reported: {@code repair (fr) version 3}. */
  public String describe() {
    return module.getStep().getSlug() + " (" + language.code() + ") version " + versionNo;
  }
}
