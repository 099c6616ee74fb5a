import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Seeds the page benchmark's cohort straight into a running Pawprints' H2 database (AUTO_SERVER):
 * one self-paced cohort of N participants paired as N/2 couples, each with an open quiz attempt on
 * the benchmark's module, so that the quiz page shows a question. Prints "email password" lines.
 *
 * <p>usage: java -cp h2.jar SeedCohort.java JDBC_URL COUNT STEP_SLUG QUESTION_COUNT
 */
public class SeedCohort {
  private static final SecureRandom RANDOM = new SecureRandom();

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int count = Integer.parseInt(args[1]);
    String slug = args[2];
    int questions = Integer.parseInt(args[3]);
    long base = 5_000_000L;
    try (Connection c = DriverManager.getConnection(url, "pawprints", "pawprints")) {
      c.setAutoCommit(false);
      long cohort = base;
      exec(c, "INSERT INTO cohort (id, name, time_zone, language, capacity, pacing, archived,"
          + " created_at) VALUES (?, 'Benchmark cohort', 'America/Toronto', 'EN', ?, 'SELF_PACED',"
          + " FALSE, CURRENT_TIMESTAMP)", cohort, count);
      for (int i = 1; i <= count; i++) {
        long id = base + i;
        String email = "bench-" + i + "@pawprints.test";
        String password = "correct horse bench " + i;
        exec(c, "INSERT INTO person (id, email, email_key, display_name, language, password_hash,"
            + " active, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, CURRENT_TIMESTAMP)",
            id, email, email, "Bench " + i, i % 2 == 0 ? "FR" : "EN", hash(password));
        exec(c, "INSERT INTO person_role (person_id, role) VALUES (?, 'PARTICIPANT')", id);
        exec(c, "INSERT INTO cohort_member (cohort_id, person_id, joined_at) VALUES (?, ?,"
            + " CURRENT_TIMESTAMP)", cohort, id);
        if (i % 2 == 0) {
          exec(c, "INSERT INTO couple (id, cohort_id, person_a, person_b, created_at) VALUES"
              + " (?, ?, ?, ?, CURRENT_TIMESTAMP)", base + 1000 + i, cohort, id - 1, id);
        }
        exec(c, "INSERT INTO quiz_attempt (id, person_id, step_slug, shuffle_seed, started_at,"
            + " question_count, pass_percent) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?, 60)",
            base + 2000 + i, id, slug, RANDOM.nextLong(), questions);
        System.out.println(email + " " + password);
      }
      c.commit();
    }
  }

  private static void exec(Connection c, String sql, Object... values) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  /** Jakarta Security's stored PBKDF2 format, few iterations: the first sign-in re-hashes it. */
  private static String hash(String password) throws Exception {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    int iterations = 1000;
    byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512))
        .getEncoded();
    Base64.Encoder b64 = Base64.getEncoder();
    return "PBKDF2WithHmacSHA512:" + iterations + ":" + b64.encodeToString(salt) + ":"
        + b64.encodeToString(hash);
  }
}
