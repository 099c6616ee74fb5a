package org.pawprints.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.audit.AuditLog.AuditFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Browsing the audit log, newest first, filtered by person, event and dates, page by page. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AuditLog audit;
  @Inject transient AccessPolicy access;

  private String person;
  private AuditEventType type;
  private LocalDate from;
  private LocalDate until;
  private final LazyDataModel<AuditEvent> events = new Events();

  public AuditEventType[] getTypes() {
    return AuditEventType.values();
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  /** The filter as the service takes it: whole days, in the server's time zone. */
  AuditFilter filter() {
    ZoneId zone = ZoneId.systemDefault();
    return new AuditFilter(
        person,
        type,
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant());
  }

  public void clear() {
    person = null;
    type = null;
    from = null;
    until = null;
  }

  private final class Events extends LazyDataModel<AuditEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      access.requireRole(Role.ADMIN);
      return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      access.requireRole(Role.ADMIN);
      return audit.search(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return String.valueOf(event.getId());
    }
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public AuditEventType getType() {
    return type;
  }

  public void setType(AuditEventType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
