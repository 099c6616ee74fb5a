package org.pawprints.outcomes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pawprints.platform.i18n.Language;

/**
 * A version of the questionnaire: its statements, its agreement scale (1 to {@code scalePoints},
 * with words for both ends) and the notice shown above it. Never changed once saved; the newest
 * version (highest id) is the one given.
 */
@Entity
@Table(name = "outcome_item_set")
@NamedQuery(name = "ItemSet.newestFirst", query = "SELECT s FROM ItemSet s ORDER BY s.id DESC")
public class ItemSet {

  @Id
  @SequenceGenerator(
      name = "outcome_item_set_seq",
      sequenceName = "outcome_item_set_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_item_set_seq")
  private Long id;

  @Column(name = "scale_points", nullable = false)
  private int scalePoints;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "notice_en", nullable = false)
  private String noticeEn;

  @Column(name = "notice_fr", nullable = false)
  private String noticeFr;

  @Column(name = "low_en", nullable = false)
  private String lowEn;

  @Column(name = "low_fr", nullable = false)
  private String lowFr;

  @Column(name = "high_en", nullable = false)
  private String highEn;

  @Column(name = "high_fr", nullable = false)
  private String highFr;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by")
  private Long createdBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "outcome_item", joinColumns = @JoinColumn(name = "item_set_id"))
  @OrderBy("position")
  private List<Item> items = new ArrayList<>();

  protected ItemSet() {}

  public ItemSet(ItemSetDraft draft, Long createdBy, Instant now) {
    this.scalePoints = draft.scalePoints();
    this.nameEn = draft.nameEn();
    this.nameFr = draft.nameFr();
    this.noticeEn = draft.noticeEn();
    this.noticeFr = draft.noticeFr();
    this.lowEn = draft.lowEn();
    this.lowFr = draft.lowFr();
    this.highEn = draft.highEn();
    this.highFr = draft.highFr();
    this.createdBy = createdBy;
    this.createdAt = now;
    int position = 1;
    for (ItemSetDraft.DraftItem item : draft.items()) {
      items.add(new Item(position++, item.textEn(), item.textFr(), item.reverseScored()));
    }
  }

  /** What an administrator starts from when writing the next version. */
  public ItemSetDraft toDraft() {
    return new ItemSetDraft(
        scalePoints,
        nameEn,
        nameFr,
        noticeEn,
        noticeFr,
        lowEn,
        lowFr,
        highEn,
        highFr,
        items.stream()
            .map(i -> new ItemSetDraft.DraftItem(i.getTextEn(), i.getTextFr(), i.isReverseScored()))
            .toList());
  }

  public Long getId() {
    return id;
  }

  public int getScalePoints() {
    return scalePoints;
  }

  public List<Item> getItems() {
    return List.copyOf(items);
  }

  public String name(Language language) {
    return language == Language.FR ? nameFr : nameEn;
  }

  public String notice(Language language) {
    return language == Language.FR ? noticeFr : noticeEn;
  }

  public String low(Language language) {
    return language == Language.FR ? lowFr : lowEn;
  }

  public String high(Language language) {
    return language == Language.FR ? highFr : highEn;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
