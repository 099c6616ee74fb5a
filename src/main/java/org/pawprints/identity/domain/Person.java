package org.pawprints.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.pawprints.platform.i18n.Language;

/**
 * A person with an account: a participant, a facilitator, an administrator, or several of these. A
 * deactivated person cannot sign in, and everything they wrote is kept.
 */
@Entity
@Table(name = "person")
@NamedQuery(
    name = "Person.findByEmailKey",
    query = "SELECT p FROM Person p WHERE p.emailKey = :key")
@NamedQuery(
    name = "Person.withRoles",
    query = "SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.roles WHERE p.id = :id")
@NamedQuery(
    name = "Person.displayName",
    query = "SELECT p.displayName FROM Person p WHERE p.id = :id")
@NamedQuery(
    name = "Person.activeRoles",
    query = "SELECT r FROM Person p JOIN p.roles r WHERE p.id = :id AND p.active = TRUE")
@NamedQuery(
    name = "Person.countWithRole",
    query = "SELECT COUNT(p) FROM Person p JOIN p.roles r WHERE r = :role")
public class Person {

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true, length = EmailAddress.MAX_LENGTH)
  private String emailKey;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "password_hash", length = 500)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "credentials_version", nullable = false)
  private int credentialsVersion;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "role", length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @Version private long version;

  protected Person() {}

  public Person(String email, String displayName, Language language, Set<Role> roles) {
    this.email = Objects.requireNonNull(email);
    this.emailKey = EmailAddress.key(email);
    this.displayName = Objects.requireNonNull(displayName);
    this.language = Objects.requireNonNull(language);
    this.roles.addAll(roles);
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName);
  }

  public Language getLanguage() {
    return language;
  }

  public void speak(Language language) {
    this.language = Objects.requireNonNull(language);
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  /** A new password: ends every session opened with the old one. */
  /** False for staff invited by email who have not chosen a password yet (issue 13). */
  public boolean isPasswordSet() {
    return passwordHash != null;
  }

  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    endSessions();
  }

  public boolean isActive() {
    return active;
  }

  /**
   * A facilitator or an administrator: such an account never joins a cohort as a participant nor
   * becomes anyone's partner (issue #10, rule 2); the person gets a separate participant account.
   */
  public boolean isStaff() {
    return hasRole(Role.FACILITATOR) || hasRole(Role.ADMIN);
  }

  /** Pauses the account: its sessions end, and stay ended if it is reactivated. */
  public void deactivate() {
    this.active = false;
    endSessions();
  }

  /**
   * Erasure: the row stays (so that counts of what this person did still count, anonymously), but
   * nothing in it names or reaches the person any more: no address, no name, no password, no role,
   * no session (the credentials version moves on).
   */
  public void erase(Instant now) {
    this.email = "erased-" + id + "@erased.invalid";
    this.emailKey = email;
    this.displayName = ERASED_NAME;
    this.passwordHash = null;
    this.active = false;
    this.roles.clear();
    this.credentialsVersion++;
    this.lastLoginAt = null;
    this.erasedAt = now;
  }

  /** The name an erased person's row carries (never shown as a person: pages say "left"). */
  public static final String ERASED_NAME = "-";

  public boolean isErased() {
    return erasedAt != null;
  }

  public void reactivate() {
    this.active = true;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void revoke(Role role) {
    roles.remove(role);
  }

  /**
   * Ends every session of this person: each session remembers the credentials version it was opened
   * with, and one that no longer matches is signed out at its next request.
   */
  public void endSessions() {
    credentialsVersion++;
  }

  public int getCredentialsVersion() {
    return credentialsVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public void loggedIn(Instant now) {
    lastLoginAt = now;
  }
}
