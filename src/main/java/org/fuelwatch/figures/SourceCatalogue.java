package org.fuelwatch.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fuelwatch.figures.Figures.SourceNote;

/**
 * Numbers the sources the briefing cites, in the order of the earliest dated row that cites each (then by name and
 * link), so that the numbers do not depend on which table is printed first. A source is its name and link together.
 * Only the rows the briefing prints cite, so the list is as long as those capped lists allow, whatever the data holds.
 */
final class SourceCatalogue {

    /** One row's source and the date it is cited at; a null source cites nothing. */
    record Citation(String source, String url, LocalDate date) {
    }

    /** A row of a printed list with the source it cites, before the sources are numbered. */
    record Cited<T>(T row, Citation citation) {
    }

    private final Map<String, SourceNote> notes = new LinkedHashMap<>();

    private SourceCatalogue() {
    }

    static SourceCatalogue of(List<Citation> citations) {
        Map<String, Citation> earliest = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (c.source() != null) {
                earliest.merge(key(c.source(), c.url()), c, (a, b) -> b.date().isBefore(a.date()) ? b : a);
            }
        }
        SourceCatalogue catalogue = new SourceCatalogue();
        earliest.values().stream()
                .sorted(Comparator.comparing(Citation::date).thenComparing(Citation::source)
                        .thenComparing(c -> Objects.toString(c.url(), "")))
                .forEach(c -> catalogue.notes.put(key(c.source(), c.url()),
                        new SourceNote(catalogue.notes.size() + 1, c.source(), c.url())));
        return catalogue;
    }

    private static String key(String source, String url) {
        return source + "\u0000" + (url == null ? "" : url);
    }

    /** The number of a cited source; null for a row without one. */
    Integer number(Citation citation) {
        if (citation.source() == null) {
            return null;
        }
        SourceNote note = notes.get(key(citation.source(), citation.url()));
        if (note == null) {
            throw new IllegalStateException("source not in the catalogue: " + citation.source());
        }
        return note.number();
    }

    List<SourceNote> notes() {
        return List.copyOf(notes.values());
    }
}
