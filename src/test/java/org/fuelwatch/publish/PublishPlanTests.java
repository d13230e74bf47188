package org.fuelwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fuelwatch.system.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishPlanTests {

    @TempDir
    Path folder;

    /** The plan a corrected briefing makes: archive the published one, then move the new set into place. */
    private PublishPlan plan() throws IOException {
        Files.writeString(folder.resolve("briefing.pdf"), "old briefing");
        Files.writeString(folder.resolve("briefing.json"), "old manifest");
        Files.createDirectories(folder.resolve("staged"));
        Files.writeString(folder.resolve("staged/briefing.pdf"), "new briefing");
        Files.writeString(folder.resolve("staged/briefing.json"), "new manifest");
        return new PublishPlan(List.of(
                PublishPlan.Move.of(folder.resolve("briefing.json"), folder.resolve("revisions/r.json")),
                PublishPlan.Move.of(folder.resolve("briefing.pdf"), folder.resolve("revisions/r.pdf")),
                PublishPlan.Move.of(folder.resolve("staged/briefing.pdf"), folder.resolve("briefing.pdf")),
                PublishPlan.Move.of(folder.resolve("staged/briefing.json"), folder.resolve("briefing.json"))));
    }

    @Test
    void applyingSwitchesTheWholeSetAndRemovesThePlan() throws IOException {
        Path file = folder.resolve("plan.json");
        plan().write(file);

        PublishPlan.read(file).apply(file);

        assertSwitched();
        assertThat(file).doesNotExist();
    }

    /** Killed after any number of moves, the restart completes the rest and archives nothing twice. */
    @Test
    void aPlanInterruptedAfterAnyMoveIsCompletedOnRestart() throws IOException {
        for (int done = 0; done <= 4; done++) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder))
                        .forEach(p -> p.toFile().delete());
            }
            PublishPlan plan = plan();
            Path file = folder.resolve("plan.json");
            plan.write(file);
            for (PublishPlan.Move move : plan.moves().subList(0, done)) {
                AtomicFiles.move(Path.of(move.from()), Path.of(move.to()));
            }

            PublishPlan.read(file).apply(file);

            assertSwitched();
        }
    }

    private void assertSwitched() throws IOException {
        assertThat(folder.resolve("briefing.pdf")).hasContent("new briefing");
        assertThat(folder.resolve("briefing.json")).hasContent("new manifest");
        assertThat(folder.resolve("revisions/r.pdf")).hasContent("old briefing");
        assertThat(folder.resolve("revisions/r.json")).hasContent("old manifest");
    }
}
