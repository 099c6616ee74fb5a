package org.pawprints.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pawprints.platform.config.PawprintsConfig;

/**
 * The data source behind Payara's connection pool. It reads the database URL and credentials from
 * {@link PawprintsConfig} when a connection is opened, and picks the bundled driver from the URL,
 * so that switching from the embedded H2 file to PostgreSQL is a matter of configuration alone.
 *
 * <p>The drivers are instantiated directly: {@link java.sql.DriverManager} does not see drivers
 * inside a web application's own class loader.
 */
public class PawprintsDataSource implements DataSource {

  private int loginTimeoutSeconds;
  private PrintWriter logWriter;

  @Override
  public Connection getConnection() throws SQLException {
    PawprintsConfig config = PawprintsConfig.current();
    return connect(config.dbUrl(), config.dbUser(), config.dbPassword());
  }

  /** The pool may pass credentials; ours always come from configuration. */
  @Override
  public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
    return getConnection();
  }

  static Connection connect(String url, String user, String password) throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", user);
    credentials.setProperty("password", password);
    Connection connection = driverFor(url).connect(url, credentials);
    if (connection == null) {
      throw new SQLException("No bundled JDBC driver accepts this URL.");
    }
    return connection;
  }

  static Driver driverFor(String url) throws SQLException {
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new org.postgresql.Driver();
    }
    throw new SQLException(
        "Unsupported database URL: expected jdbc:h2: or jdbc:postgresql: (PAWPRINTS_DB_URL).");
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
