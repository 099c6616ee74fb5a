package org.pawprints.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The named queries run on PostgreSQL (production) as on H2 (the embedded default and the tests'
 * database). One construct works on H2 and fails on PostgreSQL: a parameter tested for null inside
 * the statement ({@code :person IS NULL}), whose type PostgreSQL cannot tell when the value is null
 * ("operator does not exist: bigint = character varying"). Pawprints did not start on an empty
 * PostgreSQL database because of one such query (the first administrator's link, at startup).
 */
class PortableQueriesTest {

  private static final Pattern PARAMETER_TESTED_FOR_NULL =
      Pattern.compile("(:\\w+|\\?\\d*)\\s+IS\\s+(NOT\\s+)?NULL", Pattern.CASE_INSENSITIVE);

  @Test
  void noNamedQueryTestsAParameterForNull() {
    List<String> found = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.pawprints")) {
      Class<?> entity = type.reflect();
      for (NamedQuery query : entity.getAnnotationsByType(NamedQuery.class)) {
        check(query.name(), query.query(), found);
      }
      for (NamedNativeQuery query : entity.getAnnotationsByType(NamedNativeQuery.class)) {
        check(query.name(), query.query(), found);
      }
    }
    assertEquals(List.of(), found, "queries that PostgreSQL refuses when the parameter is null");
  }

  @Test
  void theCheckSeesTheConstructItGuardsAgainst() {
    List<String> found = new ArrayList<>();
    check("old", "UPDATE T t SET t.a = :now WHERE (t.p = :person OR :person IS NULL)", found);
    check("native", "SELECT 1 FROM t WHERE (? IS NOT NULL)", found);
    check("fine", "SELECT n FROM N n WHERE n.readAt IS NULL AND n.to = :to", found);
    assertEquals(List.of("old", "native"), found);
  }

  private static void check(String name, String query, List<String> found) {
    if (PARAMETER_TESTED_FOR_NULL.matcher(query).find()) {
      found.add(name);
    }
  }
}
