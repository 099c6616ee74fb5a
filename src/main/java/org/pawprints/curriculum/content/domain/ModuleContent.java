package org.pawprints.curriculum.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.pawprints.curriculum.domain.Step;

/**
 * A step's guided module. Its content lives in {@link ModuleContentVersion}s, one series per
 * language.
 *
 * <p>Each version holds the whole module document as JSON rather than spreading sections,
 * exercises, questions and options over a dozen tables: a module is written, reviewed, published
 * and read as a whole, never queried piece by piece; a version is immutable, so a document is the
 * natural unit to keep, compare and restore; and the typed model ({@link ModuleDocument}), parsed
 * and checked by {@link ModuleRules} on every write, keeps the structure as strict as tables would.
 * What other tables need to refer to are the stable ids inside the document (exercise and question
 * ids, with the step's slug), which stay the same from version to version.
 */
@Entity
@Table(name = "module_content")
@NamedQuery(
    name = "ModuleContent.findByStep",
    query = "SELECT m FROM ModuleContent m WHERE m.step = :step")
public class ModuleContent {

  @Id
  @SequenceGenerator(
      name = "ModuleContent.id",
      sequenceName = "module_content_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ModuleContent.id")
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "step_id", unique = true)
  private Step step;

  // OffsetDateTime rather than Instant: EclipseLink 4.0 would store an Instant as a serialized
  // blob.
  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected ModuleContent() {}

  public ModuleContent(Step step) {
    this.step = Objects.requireNonNull(step);
    this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public Step getStep() {
    return step;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
