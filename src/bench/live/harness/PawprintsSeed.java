package bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The benchmark's data, written straight into the running Pawprints' H2 database (AUTO_SERVER, as
 * src/bench/SeedCohort.java does for pages): self-paced cohorts of participants (paired as couples)
 * each with its own facilitator, grown as a larger N asks, and a fresh running session for each
 * connect, whose agenda is a slide and a two-option poll. People are signed in once over HTTP and
 * their browsers kept for the whole run (signing a thousand people in is not what is measured).
 *
 * <p>One room seeds everyone into one cohort. Several rooms at once seed one cohort per room, as a
 * real platform holds them: a cohort is 5 to 30 couples with its own facilitator, so twenty
 * sessions of fifty are twenty cohorts, not one cohort of a thousand with one facilitator signed in
 * on twenty laptops ({@link #PawprintsSeed(String, String, long, int)}).
 */
final class PawprintsSeed {

  /** One seeded person. */
  record Person(long id, String email, String password) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Everyone in one cohort. */
  static final int ONE_COHORT = Integer.MAX_VALUE;

  private final String jdbcUrl;
  /** Whose people these are ("" or "rooms-"): part of each e-mail, so two seeds never meet. */
  private final String prefix;
  /** Ids: cohorts from here, people from here + 1, couples and facilitators above them. */
  private final long base;
  private final int cohortSize;
  private final Map<Long, FacesBrowser> browsers = new HashMap<>();
  private final List<Person> participants = new ArrayList<>();
  private final Map<Integer, Person> facilitators = new HashMap<>();
  private long nextSession;

  PawprintsSeed(String jdbcUrl) {
    this(jdbcUrl, "", 6_000_000L, ONE_COHORT);
  }

  /**
   * People {@code base + 1} on, in cohorts of {@code cohortSize} (an even number, so that couples
   * stay within one), each cohort with its own facilitator.
   */
  PawprintsSeed(String jdbcUrl, String prefix, long base, int cohortSize) {
    if (cohortSize != ONE_COHORT && cohortSize % 2 != 0) {
      throw new IllegalArgumentException("couples need an even cohort size: " + cohortSize);
    }
    this.jdbcUrl = jdbcUrl;
    this.prefix = prefix;
    this.base = base;
    this.cohortSize = cohortSize;
    this.nextSession = base + 1_000_000L;
  }

  /** The cohort of the participant at this index (0 for the first seeded). */
  int cohortOf(int participant) {
    return participant / cohortSize;
  }

  /** Where the participants of cohort {@code k} start (as an index into the seeded list). */
  int firstOf(int cohort, int roomSize) {
    return cohortSize == ONE_COHORT ? cohort * roomSize : cohort * cohortSize;
  }

  synchronized Person facilitator() throws Exception {
    return facilitator(0);
  }

  /** Cohort {@code k}'s facilitator, the cohort created with it. */
  synchronized Person facilitator(int k) throws Exception {
    Person facilitator = facilitators.get(k);
    if (facilitator == null) {
      long cohort = base + k;
      long id = k == 0 ? base : base + 900_000 + k;
      try (Connection c = connection()) {
        exec(
            c,
            "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
                + " created_at) VALUES (?, ?, 'America/Toronto', 'EN', 100000,"
                + " 'SELF_PACED', FALSE, CURRENT_TIMESTAMP)",
            cohort,
            "Live benchmark " + prefix + (k + 1));
        String who = k == 0 ? "facilitator" : "facilitator-" + (k + 1);
        facilitator = person(c, id, who, "FACILITATOR");
        exec(c, "INSERT INTO cohort_facilitator (cohort_id, person_id) VALUES (?, ?)", cohort, id);
        c.commit();
      }
      facilitators.put(k, facilitator);
    }
    return facilitator;
  }

  /** The first {@code n} participants, seeding more when needed. */
  synchronized List<Person> participants(int n) throws Exception {
    if (participants.size() < n) {
      for (int k = cohortOf(participants.size()); k <= cohortOf(n - 1); k++) {
        facilitator(k);
      }
      try (Connection c = connection()) {
        for (int i = participants.size() + 1; i <= n; i++) {
          long id = base + i;
          long cohort = base + cohortOf(i - 1);
          participants.add(person(c, id, "participant-" + i, "PARTICIPANT"));
          exec(c, "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (?, ?,"
              + " CURRENT_TIMESTAMP)", cohort, id);
          if (i % 2 == 0) {
            exec(c, "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at) VALUES"
                + " (?, ?, ?, ?, CURRENT_TIMESTAMP)", base + 500_000 + i, cohort, id - 1, id);
          }
        }
        c.commit();
      }
    }
    return List.copyOf(participants.subList(0, n));
  }

  /** A running session of the first cohort on its slide, answers closed; returns its id. */
  long newSession() throws Exception {
    return newSession(0);
  }

  /** A running session of cohort {@code k} on its slide, answers closed; returns its id. */
  synchronized long newSession(int k) throws Exception {
    long id = nextSession;
    nextSession += 10;
    try (Connection c = connection()) {
      exec(c, "INSERT INTO live_session (id, cohort_id, title, starts_at, join_code, state,"
          + " version, current_position, answers_open, results_revealed, created_at) VALUES (?, ?,"
          + " 'Benchmark session', CURRENT_TIMESTAMP, ?, 'RUNNING', 1, 0, FALSE, FALSE,"
          + " CURRENT_TIMESTAMP)", id, base + k, "BN" + (id % 10_000_000));
      exec(c, "INSERT INTO live_activity (id, session_id, position, kind, title, body, minutes)"
          + " VALUES (?, ?, 0, 'SLIDE', 'A slide', 'Some words for the room.', 5)", id + 1, id);
      exec(c, "INSERT INTO live_activity (id, session_id, position, kind, title, choice, options,"
          + " minutes) VALUES (?, ?, 1, 'POLL', 'A poll', 'SINGLE', ?, 5)", id + 2, id,
          "Yes\nNo");
      c.commit();
    }
    return id;
  }

  long version(long session) throws Exception {
    return single("SELECT version FROM live_session WHERE id = ?", session);
  }

  long answers(long session) throws Exception {
    return single("SELECT COUNT(*) FROM live_answer a JOIN live_activity t ON a.activity_id = t.id"
        + " WHERE t.session_id = ?", session);
  }

  /** This person's browser, signed in once for the whole run. */
  FacesBrowser signedIn(Person person, HttpClient http, URI server) throws Exception {
    synchronized (browsers) {
      FacesBrowser browser = browsers.get(person.id());
      if (browser == null) {
        browser = new FacesBrowser(http, server);
        browser.signIn(person.email(), person.password());
        browsers.put(person.id(), browser);
      }
      return browser;
    }
  }

  /** A second device of this person: its own sign-in and HTTP session. */
  FacesBrowser newDevice(Person person, HttpClient http, URI server) throws Exception {
    FacesBrowser browser = new FacesBrowser(http, server);
    browser.signIn(person.email(), person.password());
    return browser;
  }

  private long single(String sql, long value) throws Exception {
    try (Connection c = connection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private Person person(Connection c, long id, String who, String role) throws Exception {
    String email = "bench-live-" + prefix + who + "@pawprints.test";
    String password = "correct horse live " + prefix + who;
    exec(c, "INSERT INTO person (id, email, email_key, display_name, language, password_hash,"
        + " active, created_at) VALUES (?, ?, ?, ?, 'EN', ?, TRUE, CURRENT_TIMESTAMP)",
        id, email, email, "Bench " + who, hash(password));
    exec(c, "INSERT INTO person_role (person_id, role) VALUES (?, ?)", id, role);
    return new Person(id, email, password);
  }

  private Connection connection() throws Exception {
    Connection c = DriverManager.getConnection(jdbcUrl, "pawprints", "pawprints");
    c.setAutoCommit(false);
    return c;
  }

  private static void exec(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** Jakarta Security's stored PBKDF2 format; the server runs with as few iterations. */
  private static String hash(String password) throws Exception {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    int iterations = 1024;
    byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
        .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(hash);
  }
}
