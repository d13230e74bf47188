package org.fuelwatch.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.fuelwatch.system.OutputNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Finds the figures of the briefing before this one in the output folder: the latest as-of date before this one
 * with a published {@code briefing-<as-of>.pdf}, whose run kept its figures in {@code .work/<as-of>/figures.json}.
 * A run that did not publish is not a briefing anyone read, so it is not compared with; retention removes a
 * briefing's work folder with it. The figures step compares with them, so the briefing only lays the result out.
 */
final class PreviousFigures {

    private static final Logger log = LoggerFactory.getLogger(PreviousFigures.class);

    private PreviousFigures() {
    }

    static Optional<Figures> before(Path output, LocalDate asOf) {
        OutputNames names = new OutputNames(output);
        for (LocalDate date : names.publishedDates()) {
            if (date.isBefore(asOf) && Files.isRegularFile(names.figures(date))) {
                try {
                    return Optional.of(FiguresStore.read(names.figures(date)));
                } catch (JacksonException e) {
                    // a damaged file costs the comparison, not the briefing: the next earlier one is tried
                    log.warn("the figures of the briefing of {} cannot be read ({}); not compared with",
                            date, e.getOriginalMessage());
                }
            }
        }
        return Optional.empty();
    }
}
