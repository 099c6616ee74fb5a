package org.pawprints.testing.browser;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Seeds people straight into the running server's database, the way the cohorts feature will create
 * them. Ids come from a range the application's sequences never reach. Passwords are hashed in the
 * stored format of Jakarta Security's PBKDF2 at the test server's own cost ({@link
 * PawprintsServer#PASSWORD_ITERATIONS}), so that signing in never has to re-hash them.
 */
public final class TestPeople {

  private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The password and stored hash of every person seeded in this run, by email key. */
  private static final Map<String, Seeded> SEEDED = new ConcurrentHashMap<>();

  private record Seeded(String password, String hash) {}

  private final String jdbcUrl;

  public TestPeople(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  /** A unique email for this run, so tests never share a person. */
  public static String uniqueEmail(String who) {
    return who + "-" + NEXT_ID.incrementAndGet() + "@pawprints.test";
  }

  public TestPerson create(String who, String language, String... roles) {
    String email = uniqueEmail(who);
    String password = "correct horse " + who;
    long id = NEXT_ID.incrementAndGet();
    try (Connection c = DriverManager.getConnection(jdbcUrl, "pawprints", "pawprints")) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO person (id, email, email_key, display_name, language, password_hash,"
                  + " active, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)")) {
        insert.setLong(1, id);
        insert.setString(2, email);
        insert.setString(3, email.toLowerCase(Locale.ROOT));
        insert.setString(4, capitalized(who));
        insert.setString(5, language.toUpperCase(Locale.ROOT));
        String hash = hash(password);
        insert.setString(6, hash);
        insert.executeUpdate();
        SEEDED.put(email.toLowerCase(Locale.ROOT), new Seeded(password, hash));
      }
      for (String role : roles) {
        try (PreparedStatement grant =
            c.prepareStatement("INSERT INTO person_role (person_id, role) VALUES (?, ?)")) {
          grant.setLong(1, id);
          grant.setString(2, role);
          grant.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not seed " + who, e);
    }
    return new TestPerson(id, email, password, capitalized(who));
  }

  /**
   * Whether signing in with this email and password will surely succeed: the person was seeded in
   * this run (or is the first administrator) with this password, and their account is still active
   * with that same password hash (no test changed, reset or erased it since). Sign-in throttling is
   * not checked: a test that throttles a seeded person signs in through the form.
   */
  public boolean canSignIn(String email, String password) {
    Seeded seeded = SEEDED.get(email.toLowerCase(Locale.ROOT));
    if (seeded == null || !seeded.password().equals(password)) {
      return false;
    }
    return seeded.hash().equals(currentHash(email));
  }

  /** Remembers a person created through the application (the first administrator) as seeded. */
  void remember(String email, String password) {
    String hash = currentHash(email);
    if (hash != null) {
      SEEDED.put(email.toLowerCase(Locale.ROOT), new Seeded(password, hash));
    }
  }

  private String currentHash(String email) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "pawprints", "pawprints");
        PreparedStatement query =
            c.prepareStatement(
                "SELECT password_hash FROM person WHERE email_key = ? AND active = TRUE")) {
      query.setString(1, email.toLowerCase(Locale.ROOT));
      try (var result = query.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A participant in a self-paced cohort: every module is open to them. */
  public TestPerson participant(String who, String language) {
    TestPerson person = create(who, language, "PARTICIPANT");
    join(person, cohort("SELF_PACED"));
    return person;
  }

  /** Two participants in one new self-paced cohort, paired as a couple (as pre-pairing does). */
  public Couple couple(String first, String firstLanguage, String second, String secondLanguage) {
    TestPerson one = create(first, firstLanguage, "PARTICIPANT");
    TestPerson other = create(second, secondLanguage, "PARTICIPANT");
    long cohort = cohort("SELF_PACED");
    join(one, cohort);
    join(other, cohort);
    update(
        "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at) VALUES (?, ?, ?, ?,"
            + " CURRENT_TIMESTAMP)",
        NEXT_ID.incrementAndGet(),
        cohort,
        one.id(),
        other.id());
    return new Couple(one, other, cohort);
  }

  /** A participant who joins an existing cohort (for example a couple's), unpaired. */
  public TestPerson participantIn(long cohortId, String who, String language) {
    TestPerson person = create(who, language, "PARTICIPANT");
    join(person, cohortId);
    return person;
  }

  /** A new facilitator of an existing cohort. */
  public TestPerson facilitatorOf(long cohortId, String who, String language) {
    TestPerson person = create(who, language, "FACILITATOR");
    facilitates(person, cohortId);
    return person;
  }

  /**
   * Participants of one new self-paced cohort, none of them paired yet (pairing tests). Arguments
   * come two by two: a name, then a language ("noah", "en", "lea", "fr").
   */
  public SoloCohort soloParticipants(String... namesAndLanguages) {
    long cohort = cohort("SELF_PACED");
    java.util.List<TestPerson> people = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < namesAndLanguages.length; i += 2) {
      TestPerson person = create(namesAndLanguages[i], namesAndLanguages[i + 1], "PARTICIPANT");
      join(person, cohort);
      people.add(person);
    }
    return new SoloCohort(cohort, java.util.List.copyOf(people));
  }

  /** Makes a person a facilitator of the cohort, as an administrator would. */
  public void facilitates(TestPerson facilitator, long cohortId) {
    update(
        "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?, ?)",
        cohortId,
        facilitator.id());
  }

  /** Runs one statement against the server's database (to age a code, for example). */
  public void execute(String sql, Object... values) {
    update(sql, values);
  }

  /** A cohort's id and its (solo) participants, in the order they were named. */
  public record SoloCohort(long cohortId, java.util.List<TestPerson> people) {
    public TestPerson person(int index) {
      return people.get(index);
    }
  }

  /** A participant in a new facilitator-paced cohort, and that cohort's id. */
  public PacedParticipant participantPacedByFacilitator(String who, String language) {
    TestPerson person = create(who, language, "PARTICIPANT");
    long cohort = cohort("FACILITATOR_PACED");
    join(person, cohort);
    return new PacedParticipant(person, cohort);
  }

  /** What the facilitator's "open module" does, straight in the database. */
  public void openStep(long cohortId, String stepSlug) {
    update(
        "INSERT INTO cohort_opened_step (cohort_id, step_slug, opened_at) VALUES (?, ?,"
            + " CURRENT_TIMESTAMP)",
        cohortId,
        stepSlug);
  }

  private long cohort(String pacing) {
    long id = NEXT_ID.incrementAndGet();
    update(
        "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
            + " created_at) VALUES (?, ?, 'America/Toronto', 'EN', 50, ?, FALSE,"
            + " CURRENT_TIMESTAMP)",
        id,
        "Test cohort " + id,
        pacing);
    return id;
  }

  private void join(TestPerson person, long cohortId) {
    update(
        "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (?, ?,"
            + " CURRENT_TIMESTAMP)",
        cohortId,
        person.id());
  }

  private void update(String sql, Object... values) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "pawprints", "pawprints");
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Two partners and their cohort. */
  public record Couple(TestPerson first, TestPerson second, long cohortId) {}

  /** A participant and their facilitator-paced cohort. */
  public record PacedParticipant(TestPerson person, long cohortId) {}

  /** Runs a query against the server's database and returns the first column of the first row. */
  public String queryOne(String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "pawprints", "pawprints");
        Statement s = c.createStatement();
        var result = s.executeQuery(sql)) {
      return result.next() ? result.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hash(String password) {
    try {
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      int iterations = PawprintsServer.PASSWORD_ITERATIONS;
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(hash);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String capitalized(String who) {
    return who.substring(0, 1).toUpperCase(Locale.ROOT) + who.substring(1);
  }

  /** A seeded person and the password they sign in with. */
  public record TestPerson(long id, String email, String password, String name) {}
}
