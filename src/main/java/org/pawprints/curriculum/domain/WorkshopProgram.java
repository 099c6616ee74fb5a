package org.pawprints.curriculum.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pawprints.platform.persistence.LocalizedText;

/**
 * A workshop program: the method a cohort works through, as an ordered list of steps. Pawprints
 * ships one, "Seven small steps", created by the first migration.
 */
@Entity
@Table(name = "workshop_program")
public class WorkshopProgram {

  @Id private Long id;

  @Column(nullable = false, unique = true, length = 80)
  private String slug;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "en", column = @Column(name = "name_en")),
    @AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
  })
  private LocalizedText name;

  @OneToMany(mappedBy = "program")
  @OrderBy("position")
  private List<Step> steps = new ArrayList<>();

  protected WorkshopProgram() {}

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public LocalizedText getName() {
    return name;
  }

  public List<Step> getSteps() {
    return Collections.unmodifiableList(steps);
  }
}
