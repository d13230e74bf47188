package org.fuelwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fuelwatch.TestFiles;
import org.fuelwatch.ingest.RejectedRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetSafeTests {

    @TempDir
    Path temp;

    @Test
    void aCellThatASpreadsheetWouldEvaluateGetsASingleQuoteInFront() {
        assertThat(SpreadsheetSafe.cells(List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx")))
                .containsExactly("'=HYPERLINK(\"http://x\")", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx");
    }

    @Test
    void otherCellsAreWrittenAsTheyAre() {
        assertThat(SpreadsheetSafe.cells(List.of("incidents/a.csv", "12", "", " =1", "a=b", "'quoted")))
                .containsExactly("incidents/a.csv", "12", "", " =1", "a=b", "'quoted");
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }

    @Test
    void theRejectsAndChangesFilesAreNeutralised() throws IOException {
        Path rejects = temp.resolve("rejects.csv");
        Path changes = temp.resolve("changes.csv");

        Publisher.writeRejects(List.of(new RejectedRows.Rejected("incidents/a.csv", 3, "tankers_attacked", "-1",
                "expected a whole non-negative number", "=cmd|' /C calc'!A0,-1")), rejects);
        Publisher.writeChanges(List.of(new RejectedRows.Changed("incidents/a.csv", 4, "@K",
                "notes: a → =1+1 (was incidents/a.csv line 4)")), changes);

        Map<String, String> reject = TestFiles.csv(rejects).get(0);
        assertThat(reject).containsEntry("value", "'-1").containsEntry("raw_line", "'=cmd|' /C calc'!A0,-1")
                .containsEntry("line", "3");
        assertThat(TestFiles.csv(changes).get(0)).containsEntry("key", "'@K")
                .containsEntry("changes", "notes: a → =1+1 (was incidents/a.csv line 4)");
    }
}
