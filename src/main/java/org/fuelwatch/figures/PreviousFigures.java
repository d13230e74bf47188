package org.fuelwatch.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.fuelwatch.system.OutputNames;

/**
 * Finds the figures of the briefing before this one in the output folder: the latest as-of date before this one
 * with a published {@code briefing-<as-of>.pdf}, whose run kept its figures in {@code .work/<as-of>/figures.json}.
 * A run that did not publish is not a briefing anyone read, so it is not compared with; retention removes a
 * briefing's work folder with it. The figures step compares with them, so the briefing only lays the result out.
 */
final class PreviousFigures {

    private PreviousFigures() {
    }

    static Optional<Figures> before(Path output, LocalDate asOf) {
        OutputNames names = new OutputNames(output);
        for (LocalDate date : names.publishedDates()) {
            if (date.isBefore(asOf) && Files.isRegularFile(names.figures(date))) {
                return Optional.of(FiguresStore.read(names.figures(date)));
            }
        }
        return Optional.empty();
    }
}
