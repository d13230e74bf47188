package org.fuelwatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * A commit to the embedded database survives the process being killed straight after it. H2 by default writes
 * commits to its file up to a second later, so a run killed then would forget that a recipient was sent their copy
 * (and send it again) or that a step had finished; {@code application.yml} sets {@code WRITE_DELAY=0}.
 */
class DurableCommitIT {

    @TempDir
    Path temp;

    @Test
    void aCommitIsOnDiskBeforeTheProcessIsKilled() throws Exception {
        String url = configuredUrl().replace("${fuelwatch.data-dir:./data}", temp.toString());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenHalt.class.getName(), url).inheritIO().start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child halted after its commits").isEqualTo(CommitThenHalt.HALTED);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM committed")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(CommitThenHalt.ROWS);
        }
    }

    private static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        return properties.getProperty("spring.datasource.url");
    }

    /** Commits a few rows one by one, then dies at once, as a killed job does: no shutdown hook, no close. */
    static final class CommitThenHalt {
        static final int ROWS = 5;
        static final int HALTED = 9;

        public static void main(String[] args) throws Exception {
            Connection db = DriverManager.getConnection(args[0], "sa", "");
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE committed (i INT)");
            }
            db.setAutoCommit(false);
            for (int i : List.of(1, 2, 3, 4, 5)) {
                try (Statement s = db.createStatement()) {
                    s.execute("INSERT INTO committed VALUES (" + i + ")");
                }
                db.commit();
            }
            Runtime.getRuntime().halt(HALTED);
        }
    }
}
