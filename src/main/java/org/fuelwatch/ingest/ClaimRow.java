package org.fuelwatch.ingest;

import java.time.LocalDate;

/** A figure as published by a source, shown beside the figure FuelWatch computes on the same measure. Key: claimId. */
record ClaimRow(String claimId, String measure, double claimedValue, String unit, LocalDate periodStart,
        LocalDate periodEnd, String claimText, String source, LocalDate sourceDate, String sourceUrl, String basis,
        String sourceFile, long sourceLine) {

    static final String[] COLUMNS = {"claim_id", "measure", "value", "unit", "period_start", "period_end",
        "claim_text", "source", "source_date", "source_url", "basis"};
    static final String[] REQUIRED = {"claim_id", "measure", "value", "unit", "claim_text", "source", "source_date"};

    static ClaimRow parse(RowFields f, ReferenceCodes refs) {
        LocalDate start = f.date("period_start", false);
        LocalDate end = f.date("period_end", false);
        if ((start == null) != (end == null)) {
            throw f.reject(start == null ? "period_start" : "period_end", null,
                    "give both period_start and period_end, or neither");
        }
        if (start != null && end.isBefore(start)) {
            throw f.reject("period_end", end.toString(), "period ends before it starts (" + start + ")");
        }
        return new ClaimRow(f.requiredText("claim_id"), f.requiredText("measure"),
                f.decimal("value", true, -1e12, 1e12), f.requiredText("unit"), start, end,
                f.requiredText("claim_text"), f.requiredText("source"), f.date("source_date", true),
                f.optionalText("source_url"), f.optionalText("basis"), f.row().file(), f.row().line());
    }
}
