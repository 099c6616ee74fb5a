package org.pawprints.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.pawprints.platform.persistence.LocalizedText;

/**
 * One step of the method, such as "Gentle start-ups": its place in the program, a stable slug for
 * addresses, and a title and summary in English and French.
 */
@Entity
@Table(name = "step")
@NamedQuery(
    name = "Step.findAllInOrder",
    query = "SELECT s FROM Step s WHERE s.program.slug = :program ORDER BY s.position")
@NamedQuery(name = "Step.findBySlug", query = "SELECT s FROM Step s WHERE s.slug = :slug")
public class Step {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private WorkshopProgram program;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, unique = true, length = 80)
  private String slug;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "en", column = @Column(name = "title_en")),
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
  })
  private LocalizedText title;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "en", column = @Column(name = "summary_en")),
    @AttributeOverride(name = "fr", column = @Column(name = "summary_fr"))
  })
  private LocalizedText summary;

  protected Step() {}

  public Long getId() {
    return id;
  }

  public WorkshopProgram getProgram() {
    return program;
  }

  public int getPosition() {
    return position;
  }

  public String getSlug() {
    return slug;
  }

  public LocalizedText getTitle() {
    return title;
  }

  public LocalizedText getSummary() {
    return summary;
  }
}
