package org.pawprints.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.cohort.application.Cohorts;
import org.pawprints.cohort.domain.Cohort;

/** The cohorts the viewer may open: all for administrators, their own for facilitators. */
@Named
@RequestScoped
public class CohortListPage {

  @Inject Cohorts cohorts;

  private boolean all;
  private List<Cohort> list;

  public List<Cohort> getCohorts() {
    if (list == null) {
      list = cohorts.visible(all);
    }
    return list;
  }

  public boolean isAll() {
    return all;
  }

  public void setAll(boolean all) {
    this.all = all;
  }
}
