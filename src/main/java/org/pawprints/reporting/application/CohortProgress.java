package org.pawprints.reporting.application;

import java.io.Serializable;
import java.util.List;

/** A cohort's progress by module, as counts; empty modules when the cohort is too small. */
public final class CohortProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int participants;
  private final int couples;
  private final List<ModuleCounts> modules;
  private final int smallestGroup;

  CohortProgress(int participants, int couples, List<ModuleCounts> modules) {
    this(participants, couples, modules, CohortProgressReport.MIN_PARTICIPANTS);
  }

  CohortProgress(int participants, int couples, List<ModuleCounts> modules, int smallestGroup) {
    this.smallestGroup = smallestGroup;
    this.participants = participants;
    this.couples = couples;
    this.modules = List.copyOf(modules);
  }

  public int getParticipants() {
    return participants;
  }

  public int getCouples() {
    return couples;
  }

  public List<ModuleCounts> getModules() {
    return modules;
  }

  /** Too few participants for any count not to point at someone: nothing is counted. */
  public boolean isTooSmall() {
    return participants < smallestGroup;
  }

  /** The cohort's smallest group shown together (its setting; 5 unless changed). */
  public int getSmallestGroup() {
    return smallestGroup;
  }
}
