package org.fuelwatch.briefing;

import static org.fuelwatch.briefing.TemplateModel.date;
import static org.fuelwatch.briefing.TemplateModel.oneDecimal;
import static org.fuelwatch.briefing.TemplateModel.whole;

import java.util.List;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.Figures.ClaimComparison;
import org.fuelwatch.figures.KeyDates;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The sections that let a reader check the figures: computed figures beside reported claims, the method with every
 * definition and window, the data note with the rows of each input file, and the numbered sources.
 */
final class CheckSections {

    private final BriefingDocument doc;
    private final Layout l;
    private final Figures f;
    private final BriefingTemplates t;

    CheckSections(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.t = templates;
    }

    void write() {
        claims();
        method();
        dataNote();
        sources();
    }

    void claims() {
        doc.heading(t.heading("claims"));
        doc.add(l.paragraph("Each figure reported by a source, as quoted, beside the figure FuelWatch computes from "
                + "its data on the same measure and period. Difference = computed − reported.", l.small, 4));
        PdfPTable table = l.table(2.2f, 3.6f, 1.1f, 1.1f, 2, 1, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("Measure", "Reported (quote)", "Reported", "Computed", "Computed over", "Difference",
                "Src")) {
            table.addCell(h.equals("Reported") || h.equals("Computed") || h.equals("Difference") ? l.headerRight(h)
                    : l.header(h));
        }
        for (ClaimComparison c : f.claims()) {
            table.addCell(l.data(measureLabel(c.measure()), l.smallBold));
            table.addCell(l.data("“" + c.claimText() + "” — " + c.source() + ", " + date(c.sourceDate()), l.small));
            table.addCell(l.number(value(c.claimedValue(), c.unit()), l.smallBold));
            table.addCell(l.number(c.computedValue() == null ? "–" : value(c.computedValue(), c.unit()), l.smallBold));
            table.addCell(l.data(c.computedOver(), l.small));
            table.addCell(l.number(c.difference() == null ? "–" : signed(c.difference(), c.unit()), l.small));
            table.addCell(l.data(BriefingSections.ref(c.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    void method() {
        doc.heading(t.heading("method"));
        var d = f.definitions();
        List<String> lines = List.of(
                "Supply reaching Bamako: the sum of volume_m3 over all routes for each calendar day; a day with no "
                        + "rows counts as zero.",
                "Baseline: the mean daily supply from " + date(d.baseline().from()) + " to " + date(d.baseline().to())
                        + " (before the blockade).",
                "Supply cut at the worst of the blockade: 100 × (1 − lowest " + d.worstWindowDays() + "-day trailing "
                        + "mean ÷ baseline), over windows lying wholly between " + date(d.blockadeStart())
                        + " (blockade start) and the as-of date.",
                "Supply now: the mean daily supply over the last " + d.currentWindowDays() + " days up to the as-of "
                        + "date (" + date(d.current().from()) + " – " + date(d.current().to()) + "), against the baseline.",
                "Route share: 100 × fuel on route " + d.shareRoute() + " ÷ fuel on all routes of corridor "
                        + d.shareCorridor() + ", from " + date(d.blockadeStart()) + " to the as-of date.",
                "Incidents, tankers destroyed and deaths: counts and sums of the incident rows in each window; "
                        + "days since the last attack run from the corridor's latest incident to the as-of date.",
                "Most recent incidents: the " + f.recentIncidents().size() + " latest incidents up to the as-of "
                        + "date. Timeline: every event since " + date(d.baseline().from()) + " and the "
                        + f.timeline().stream().filter(e -> e.kind().equals("incident")).count()
                        + " incidents that destroyed the most tankers; the map and the weekly chart count every "
                        + "incident. Key dates on the supply chart: the events marked as key dates and the "
                        + KeyDates.MAJOR_ATTACKS + " most destructive attacks.",
                "What changed: each key figure beside the same figure in the latest earlier briefing published in "
                        + "the same output folder; new incidents are the difference in incidents since the blockade "
                        + "began, late reports included.",
                "Computed beside reported: each claim is set against the same measure computed over the claim's own "
                        + "period, or from the blockade start to the as-of date when the claim states none; "
                        + "difference = computed − reported.",
                "Tankers destroyed sum the incidents with a reported count; an incident without one counts as "
                        + "an incident, not as zero tankers, and the key figures say how many there were.",
                "Weeks start on Monday. All windows are inclusive of both ends. The windows are set in application.yml "
                        + "(fuelwatch.figures).");
        if (f.acled() != null && f.acled().used()) {
            lines = new java.util.ArrayList<>(lines);
            lines.addAll(acledMethod(f.acled(), f.asOf()));
        }
        PdfPTable table = l.table(1);
        for (String line : lines) {
            PdfPCell cell = l.text("• " + line, l.small);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
        doc.add(table);
    }

    /** What was done to ACLED's data, as its terms ask any manipulation to be stated. */
    static List<String> acledMethod(Figures.AcledUse acled, java.time.LocalDate asOf) {
        Figures.AcledRules r = acled.rules();
        return List.of(
                "ACLED events (newest version of each; deleted events left out) are selected when their sub-event "
                        + "type is one of " + String.join(", ", r.subEventTypes()) + " (never "
                        + String.join(" or ", r.excludedEventTypes()) + "), and their notes name fuel ("
                        + String.join(", ", r.fuelWords()) + ") or freight (" + String.join(", ", r.freightWords())
                        + ") as whole words, plurals included.",
                "A selected event is matched to the nearest route whose reference waypoints pass within "
                        + km(r.precision1Km()) + " km (geo-precision 1) or " + km(r.precision2Km())
                        + " km (geo-precision 2), measured on the sphere; events placed at a region's centroid "
                        + "(geo-precision 3) are not matched. Where routes lie within " + km(r.sharedToleranceKm())
                        + " km of the nearest (a shared road) the event counts once, on the route listed first.",
                "An ACLED event on the same corridor as an own incident, within " + r.mergeDays() + " day(s) and "
                        + km(r.mergeKm()) + " km of it, is that incident: counted once, with the own row's values. "
                        + acled.merged() + " event(s) were merged so; " + acled.incidents() + " counted as incidents "
                        + "of their own.",
                "ACLED codes no tanker count: where the notes state a number of tankers it is taken as derived ("
                        + acled.derivedTankerCounts() + " incident(s)); otherwise the count is unknown. Every event's "
                        + "outcome is listed in acled-matches-" + asOf + ".csv beside the briefing.");
    }

    private static String km(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }

    void dataNote() {
        doc.heading(t.heading("dataNote"));
        doc.add(l.paragraph(t.text("data-note"), l.body, 4));
        PdfPTable table = l.table(4, 1, 1, 1, 1, 1);
        table.setHeaderRows(1);
        table.addCell(l.header("Input file"));
        for (String h : List.of("Read", "New", "Updated", "Unchanged", "Rejected")) {
            table.addCell(l.headerRight(h));
        }
        for (Figures.FileCount file : f.files()) {
            table.addCell(l.data(file.problem() == null ? file.file() : file.file() + " — NOT USED: " + file.problem(),
                    file.problem() == null ? l.small : l.smallBold));
            table.addCell(l.number(whole(file.read()), l.small));
            table.addCell(l.number(whole(file.added()), l.small));
            table.addCell(l.number(whole(file.updated()), l.small));
            table.addCell(l.number(whole(file.duplicates()), l.small));
            table.addCell(l.number(whole(file.rejected()), file.rejected() > 0 ? l.smallBold : l.small));
        }
        doc.add(table);
    }

    void sources() {
        doc.heading(t.heading("sources"));
        PdfPTable table = l.table(0.5f, 9);
        for (Figures.SourceNote note : f.sources()) {
            table.addCell(l.text("[" + note.number() + "]", l.smallBold));
            table.addCell(l.text(note.source() + (note.url() == null ? "" : " — " + note.url()), l.small));
        }
        // ACLED is cited wherever its data is used, though no printed row may name it as its source
        Figures.AcledUse acled = f.acled();
        if (acled != null && acled.used()
                && f.sources().stream().noneMatch(n -> n.source().startsWith(ACLED_SOURCE))) {
            table.addCell(l.text("", l.smallBold));
            table.addCell(l.text(ACLED_SOURCE + ", data as of " + acled.dataAsOf() + " — https://acleddata.com",
                    l.small));
        }
        doc.add(table);
    }

    /** How the sources name ACLED; the ACLED match step gives its incidents this source. */
    static final String ACLED_SOURCE = "Armed Conflict Location & Event Data (ACLED), acleddata.com";

    /** The measure of a claim in words; an unknown code is shown as written. */
    static String measureLabel(String code) {
        return switch (code) {
            case "supply_cut_pct" -> "Cut in fuel reaching Bamako";
            case "bougouni_share_of_ci_pct" -> "Bougouni road share of Côte d'Ivoire fuel";
            case "tankers_destroyed" -> "Tankers destroyed";
            case "tankers_delivered" -> "Tankers delivered";
            case "volume_delivered_m3" -> "Fuel delivered";
            case "baseline_tankers_per_month" -> "Tankers a month before the blockade";
            default -> code.replace('_', ' ');
        };
    }

    private static String value(double v, String unit) {
        return switch (unit) {
            case "pct" -> oneDecimal(v) + "%";
            case "m3" -> whole(v) + " m³";
            default -> v == Math.rint(v) ? whole(v) : oneDecimal(v);
        };
    }

    private static String signed(double v, String unit) {
        String text = value(Math.abs(v), unit);
        if (text.equals(value(0, unit))) {
            return "0";
        }
        return (v < 0 ? "−" : "+") + (unit.equals("pct") ? text.replace("%", " pts") : text);
    }
}
