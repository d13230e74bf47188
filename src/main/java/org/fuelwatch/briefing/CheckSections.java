package org.fuelwatch.briefing;

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
    private final Wording w;

    CheckSections(BriefingDocument doc, Figures figures, BriefingTemplates templates) {
        this.doc = doc;
        this.l = doc.layout();
        this.f = figures;
        this.t = templates;
        this.w = templates.wording();
    }

    void write() {
        claims();
        method();
        dataNote();
        sources();
    }

    void claims() {
        doc.heading(t.heading("claims"));
        doc.add(l.paragraph(w.word("claims.caption"), l.small, 4));
        PdfPTable table = l.table(2.2f, 3.6f, 1.1f, 1.1f, 2, 1, 0.6f);
        table.setHeaderRows(1);
        for (String h : List.of("measure", "quote", "reported", "computed", "computedOver", "difference", "src")) {
            table.addCell(h.equals("reported") || h.equals("computed") || h.equals("difference")
                    ? l.headerRight(w.word("col." + h)) : l.header(w.word("col." + h)));
        }
        for (ClaimComparison c : f.claims()) {
            table.addCell(l.data(measureLabel(c.measure()), l.smallBold));
            table.addCell(quote(c));
            table.addCell(l.number(value(c.claimedValue(), c.unit()), l.smallBold));
            table.addCell(l.number(c.computedValue() == null ? "–" : value(c.computedValue(), c.unit()), l.smallBold));
            table.addCell(l.data(computedOver(c), l.small));
            table.addCell(l.number(c.difference() == null ? "–" : signed(c.difference(), c.unit()), l.small));
            table.addCell(l.data(BriefingSections.ref(c.sourceNumber()), l.smallMuted));
        }
        doc.add(table);
    }

    void method() {
        doc.heading(t.heading("method"));
        var d = f.definitions();
        long timelineIncidents = f.timeline().stream().filter(e -> e.kind().equals("incident")).count();
        List<String> lines = List.of(
                w.word("method.supply"),
                w.say("method.baseline", "from", w.date(d.baseline().from()), "to", w.date(d.baseline().to())),
                w.say("method.cut", "days", d.worstWindowDays(), "start", w.date(d.blockadeStart())),
                w.say("method.now", "days", d.currentWindowDays(), "from", w.date(d.current().from()), "to",
                        w.date(d.current().to())),
                w.say("method.share", "route", d.shareRoute(), "corridor", d.shareCorridor(), "start",
                        w.date(d.blockadeStart())),
                w.word("method.incidents"),
                w.say("method.lists", "recent", f.recentIncidents().size(), "from", w.date(d.baseline().from()),
                        "timelineIncidents", timelineIncidents, "majorAttacks", KeyDates.MAJOR_ATTACKS),
                w.word("method.changes"),
                w.word("method.claims"),
                w.word("method.tankerCounts"),
                w.word("method.windows"));
        if (f.acled() != null && f.acled().used()) {
            lines = new java.util.ArrayList<>(lines);
            lines.addAll(acledMethod(f.acled(), f.asOf(), w));
        }
        PdfPTable table = l.table(1);
        for (String line : lines) {
            PdfPCell cell = l.text("• " + line, l.small);
            cell.setPaddingBottom(3);
            table.addCell(cell);
        }
        doc.add(table);
    }

    /** What was done to ACLED's data, as its terms ask any manipulation to be stated; in the edition's words. */
    static List<String> acledMethod(Figures.AcledUse acled, java.time.LocalDate asOf, Wording w) {
        Figures.AcledRules r = acled.rules();
        return List.of(
                w.say("method.acled.select", "subEventTypes", String.join(", ", r.subEventTypes()), "excluded",
                        String.join(", ", r.excludedEventTypes()), "fuelWords", String.join(", ", r.fuelWords()),
                        "freightWords", String.join(", ", r.freightWords())),
                w.say("method.acled.match", "precision1", km(r.precision1Km()), "precision2",
                        km(r.precision2Km()), "shared", km(r.sharedToleranceKm())),
                w.say("method.acled.merge", "days", w.count(r.mergeDays(), "day"), "km", km(r.mergeKm()),
                        "merged", w.count(acled.merged(), "event"), "incidents", w.count(acled.incidents(),
                                "incident")),
                w.say("method.acled.tankers", "derived", w.count(acled.derivedTankerCounts(), "incident"), "file",
                        "acled-matches-" + asOf + ".csv"));
    }

    private static String km(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }

    void dataNote() {
        doc.heading(t.heading("dataNote"));
        doc.add(l.paragraph(t.text("data-note"), l.body, 4));
        PdfPTable table = l.table(4, 1, 1, 1, 1, 1);
        table.setHeaderRows(1);
        table.addCell(l.header(w.word("col.inputFile")));
        for (String h : List.of("read", "new", "updated", "unchanged", "rejected")) {
            table.addCell(l.headerRight(w.word("col." + h)));
        }
        for (Figures.FileCount file : f.files()) {
            table.addCell(l.data(file.problem() == null ? file.file()
                    : w.say("dataNote.notUsed", "file", file.file(), "problem", file.problem()),
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
            table.addCell(l.text(w.say("sources.acled", "source", ACLED_SOURCE, "date", acled.dataAsOf()),
                    l.small));
        }
        doc.add(table);
    }

    /** How the sources name ACLED; the ACLED match step gives its incidents this source. */
    static final String ACLED_SOURCE = "Armed Conflict Location & Event Data (ACLED), acleddata.com";

    /**
     * A claim's quote with its source and date. Where the quote is in another direction than the page (an English
     * quote in the Arabic edition) it gets a line of its own, so that the two directions do not mix in one line.
     */
    private PdfPCell quote(ClaimComparison c) {
        if (l.runDirection() != org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL || !Layout.isLatin(c.claimText())) {
            return l.data(w.say("claims.quote", "quote", c.claimText(), "source", c.source(), "date",
                    w.tableDate(c.sourceDate())), l.small);
        }
        PdfPTable lines = l.table(1);
        PdfPCell text = l.text("“" + c.claimText() + "”", l.small);
        text.setPadding(0);
        lines.addCell(text);
        PdfPCell source = l.text(w.say("claims.source", "source", c.source(), "date", w.tableDate(c.sourceDate())),
                l.smallMuted);
        source.setPadding(0);
        source.setPaddingTop(1);
        lines.addCell(source);
        PdfPCell cell = l.data("", l.small);
        cell.addElement(lines);
        return cell;
    }

    /** The measure of a claim in words; an unknown code is shown as written. */
    String measureLabel(String code) {
        return w.has("measure." + code) ? w.word("measure." + code) : code.replace('_', ' ');
    }

    /** In words, what a claim's computed figure was taken over: the claim's period or the blockade to the as-of date. */
    private String computedOver(ClaimComparison c) {
        if (c.computedValue() == null) {
            return w.word("over.none");
        }
        Figures.Period over = c.period() != null ? c.period()
                : new Figures.Period(f.definitions().blockadeStart(), f.asOf());
        var worst = f.supplyCut().worstWindow();
        return switch (c.measure().toLowerCase(java.util.Locale.ROOT)) {
            case "supply_cut_pct" -> w.say("over.supply_cut_pct", "days",
                    worst.from().until(worst.to()).getDays() + 1, "span", span(worst));
            case "bougouni_share_of_ci_pct" -> w.say("over.bougouni_share_of_ci_pct", "route",
                    f.routeShare().route(), "corridor", f.routeShare().corridor(), "span", span(over));
            case "baseline_tankers_per_month" -> w.word("over.baseline_tankers_per_month");
            default -> span(over);
        };
    }

    private String span(Figures.Period period) {
        return period.from().equals(period.to()) ? w.tableDate(period.from())
                : w.tableDate(period.from()) + " – " + w.tableDate(period.to());
    }

    private String value(double v, String unit) {
        return switch (unit) {
            case "pct" -> oneDecimal(v) + "%";
            case "m3" -> w.say("unit.m3", "n", whole(v));
            default -> v == Math.rint(v) ? whole(v) : oneDecimal(v);
        };
    }

    private String signed(double v, String unit) {
        String text = value(Math.abs(v), unit);
        if (text.equals(value(0, unit))) {
            return "0";
        }
        return (v < 0 ? "−" : "+") + (unit.equals("pct") ? w.say("points", "n", oneDecimal(Math.abs(v))) : text);
    }
}
