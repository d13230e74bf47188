package org.fuelwatch.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fuelwatch.system.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The renames that switch the output folder from one set of published files to the next, written down before the
 * first of them. Everything they move was written in full beforehand, so each rename needs no disk space and the
 * switch cannot fail half way for lack of room; a run killed during it finds the plan on restart and completes it.
 * Until the plan is written nothing published has changed.
 *
 * @param moves the renames, in order
 */
record PublishPlan(List<Move> moves) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One rename of a finished file to its published name. */
    record Move(String from, String to) {
        static Move of(Path from, Path to) {
            return new Move(from.toAbsolutePath().toString(), to.toAbsolutePath().toString());
        }
    }

    void write(Path file) {
        AtomicFiles.write(file, out -> JSON.writeValue(out, this));
    }

    static PublishPlan read(Path file) {
        return JSON.readValue(file.toFile(), PublishPlan.class);
    }

    /**
     * Carries out the moves not yet done, then removes the plan file. The last move whose source is gone is the last
     * one done: a source disappears only by being moved, and the only source that comes back (the published
     * briefing, archived as a revision before the new one takes its name) comes back through a later move.
     */
    void apply(Path file) {
        int done = -1;
        for (int i = moves.size() - 1; i >= 0; i--) {
            if (!Files.exists(Path.of(moves.get(i).from()))) {
                done = i;
                break;
            }
        }
        for (Move move : moves.subList(done + 1, moves.size())) {
            AtomicFiles.move(Path.of(move.from()), Path.of(move.to()));
        }
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove the finished publish plan " + file, e);
        }
    }
}
