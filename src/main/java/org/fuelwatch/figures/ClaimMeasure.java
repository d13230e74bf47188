package org.fuelwatch.figures;

import java.util.Locale;

import org.fuelwatch.figures.Figures.Period;
import org.fuelwatch.figures.Figures.RouteShare;
import org.fuelwatch.figures.Figures.SupplyCut;

/** The measures a reported claim can be compared on; the claims file names them in its measure column. */
enum ClaimMeasure {
    SUPPLY_CUT_PCT,
    BOUGOUNI_SHARE_OF_CI_PCT,
    TANKERS_DESTROYED,
    TANKERS_DELIVERED,
    VOLUME_DELIVERED_M3,
    BASELINE_TANKERS_PER_MONTH;

    static ClaimMeasure of(String code) {
        for (ClaimMeasure m : values()) {
            if (m.name().equalsIgnoreCase(code)) {
                return m;
            }
        }
        return null;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** In words, what the computed figure was taken over. */
    String describeWindow(Period over, SupplyCut cut, RouteShare share) {
        return switch (this) {
            case SUPPLY_CUT_PCT -> "worst %d days, %s, against the baseline".formatted(
                    cut.worstWindow().from().until(cut.worstWindow().to()).getDays() + 1, span(cut.worstWindow()));
            case BOUGOUNI_SHARE_OF_CI_PCT -> "%s share of %s fuel, %s".formatted(share.route(), share.corridor(),
                    span(over));
            case TANKERS_DESTROYED, TANKERS_DELIVERED, VOLUME_DELIVERED_M3 -> span(over);
            case BASELINE_TANKERS_PER_MONTH -> "baseline tankers per day × 30";
        };
    }

    private static String span(Period period) {
        return period.from().equals(period.to()) ? DAY.format(period.from())
                : DAY.format(period.from()) + " – " + DAY.format(period.to());
    }
}
