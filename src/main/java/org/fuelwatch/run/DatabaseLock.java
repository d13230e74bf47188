package org.fuelwatch.run;

import org.fuelwatch.system.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Keeps a second run off a database that a run is using. On PostgreSQL it is a session advisory lock, held on a
 * connection of its own for the whole run and released by the server when that connection ends, even if the process
 * is killed. H2 in file mode needs nothing here: it refuses a second process by itself (see
 * {@code FuelWatchApplication}).
 */
public final class DatabaseLock implements AutoCloseable {

    /** The advisory lock key: any fixed number that other applications on the same server do not use. */
    static final long KEY = 0x4675656c57L; // "FuelW"

    private static final DatabaseLock NONE = new DatabaseLock(null);

    private final Connection connection;

    private DatabaseLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock, or returns null when another run holds it. */
    public static DatabaseLock tryAcquire(DataSource dataSource, Database database) {
        if (!database.postgres()) {
            return NONE;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, KEY);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return new DatabaseLock(connection);
                    }
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("cannot take the run lock on the database", e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, KEY);
            unlock.execute();
        } catch (SQLException e) {
            // closing the session below releases the lock anyway
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
        }
    }
}
