package org.pawprints.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores {@link Instant} in {@code TIMESTAMP WITH TIME ZONE} columns, in UTC. JPA 3.1 (EclipseLink
 * 4.0) does not know Instant yet and would otherwise serialize it as bytes; it does know
 * OffsetDateTime, which H2 and PostgreSQL both map to that column type.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return stored(instant);
  }

  /**
   * The instant as it is stored, for a native statement's parameter too: PostgreSQL's driver cannot
   * bind a bare Instant.
   */
  public static OffsetDateTime stored(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
