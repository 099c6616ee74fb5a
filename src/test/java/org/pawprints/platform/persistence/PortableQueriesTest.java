package org.pawprints.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.care.nudge.domain.Nudge;

/**
 * The named queries run on PostgreSQL (production) as on H2 (the embedded default and the tests'
 * database). Two constructs work on H2 and fail on PostgreSQL:
 *
 * <ul>
 *   <li>a parameter tested for null inside the statement ({@code :person IS NULL}), whose type
 *       PostgreSQL cannot tell when the value is null ("operator does not exist: bigint = character
 *       varying"): Pawprints did not start on an empty PostgreSQL database because of one (the
 *       first administrator's link, at startup);
 *   <li>{@code MAX} or {@code MIN} of an {@code Instant} attribute in the select list: PostgreSQL's
 *       driver hands the aggregate back as a {@code java.sql.Timestamp}, which the provider passes
 *       to the Instant converter, which refuses it (the nudges' sweep failed on every cohort).
 * </ul>
 */
class PortableQueriesTest {

  private static final Pattern SELECT_LIST =
      Pattern.compile("^\\s*SELECT\\s+(.*?)\\s+FROM\\s", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern AGGREGATE =
      Pattern.compile("(?:MAX|MIN)\\s*\\(\\s*\\w+\\.(\\w+)\\s*\\)", Pattern.CASE_INSENSITIVE);

  private static final Pattern PARAMETER_TESTED_FOR_NULL =
      Pattern.compile("(:\\w+|\\?\\d*)\\s+IS\\s+(NOT\\s+)?NULL", Pattern.CASE_INSENSITIVE);

  @Test
  void noNamedQueryTestsAParameterForNull() {
    List<String> found = new ArrayList<>();
    for (Named query : namedQueries()) {
      check(query.name(), query.text(), found);
    }
    assertEquals(List.of(), found, "queries that PostgreSQL refuses when the parameter is null");
  }

  @Test
  void noNamedQuerySelectsAnAggregateOfATime() {
    List<String> found = new ArrayList<>();
    for (Named query : namedQueries()) {
      if (!query.nativeSql() && selectsAnAggregateOfATime(query.text(), query.entity())) {
        found.add(query.name());
      }
    }
    assertEquals(List.of(), found, "queries whose aggregated time PostgreSQL returns unconverted");
  }

  /** Whether the select list (not a subquery) holds MAX or MIN of one of the entity's Instants. */
  private static boolean selectsAnAggregateOfATime(String jpql, Class<?> entity) {
    Matcher list = SELECT_LIST.matcher(jpql);
    if (!list.find()) {
      return false;
    }
    Matcher aggregate = AGGREGATE.matcher(list.group(1));
    while (aggregate.find()) {
      String attribute = aggregate.group(1);
      for (Field field : entity.getDeclaredFields()) {
        if (field.getName().equals(attribute) && field.getType() == Instant.class) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theAggregateCheckSeesOnlyTheSelectList() {
    assertTrue(
        selectsAnAggregateOfATime(
            "SELECT n.personId, MAX(n.nudgedAt) FROM Nudge n GROUP BY n.personId", Nudge.class));
    assertFalse(
        selectsAnAggregateOfATime(
            "SELECT n.personId, n.nudgedAt FROM Nudge n WHERE n.nudgedAt ="
                + " (SELECT MAX(m.nudgedAt) FROM Nudge m WHERE m.personId = n.personId)",
            Nudge.class));
    assertFalse(selectsAnAggregateOfATime("SELECT MAX(n.id) FROM Nudge n", Nudge.class));
  }

  @Test
  void theCheckSeesTheConstructItGuardsAgainst() {
    List<String> found = new ArrayList<>();
    check("old", "UPDATE T t SET t.a = :now WHERE (t.p = :person OR :person IS NULL)", found);
    check("native", "SELECT 1 FROM t WHERE (? IS NOT NULL)", found);
    check("fine", "SELECT n FROM N n WHERE n.readAt IS NULL AND n.to = :to", found);
    assertEquals(List.of("old", "native"), found);
  }

  /** A named query of the main code: JPQL or native SQL, and the class that declares it. */
  private record Named(Class<?> entity, String name, String text, boolean nativeSql) {}

  private static List<Named> namedQueries() {
    List<Named> all = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pawprints")) {
      Class<?> entity = type.reflect();
      for (NamedQuery query : entity.getAnnotationsByType(NamedQuery.class)) {
        all.add(new Named(entity, query.name(), query.query(), false));
      }
      for (NamedNativeQuery query : entity.getAnnotationsByType(NamedNativeQuery.class)) {
        all.add(new Named(entity, query.name(), query.query(), true));
      }
    }
    return all;
  }

  private static void check(String name, String query, List<String> found) {
    if (PARAMETER_TESTED_FOR_NULL.matcher(query).find()) {
      found.add(name);
    }
  }
}
