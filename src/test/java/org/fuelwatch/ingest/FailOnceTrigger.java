package org.fuelwatch.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.api.Trigger;

/**
 * An H2 trigger that makes one statement fail, in the transaction of the chunk that runs it, once the incident table
 * holds {@link #atRows} rows as that transaction sees them: a crash at a chosen place of a chunk, without a hook in
 * the job. It fails once only, so that what the job does after the failure runs as it would.
 */
public final class FailOnceTrigger implements Trigger {

    private static volatile long atRows = Long.MAX_VALUE;
    private static final AtomicBoolean FIRED = new AtomicBoolean();

    /** Arms the trigger: the first statement it fires for once the incident table holds {@code rows} rows fails. */
    static void arm(long rows) {
        atRows = rows;
        FIRED.set(false);
    }

    static boolean fired() {
        return FIRED.get();
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (FIRED.get()) {
            return;
        }
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM incident")) {
            rs.next();
            if (rs.getLong(1) >= atRows && FIRED.compareAndSet(false, true)) {
                throw new SQLException("simulated crash at " + rs.getLong(1) + " incident rows");
            }
        }
    }
}
