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

    /** In words, what the computed figure was taken over. */
    String describeWindow(Period over, SupplyCut cut, RouteShare share) {
        return switch (this) {
            case SUPPLY_CUT_PCT -> "worst %d days %s to %s against the baseline".formatted(
                    cut.worstWindow().from().until(cut.worstWindow().to()).getDays() + 1, cut.worstWindow().from(),
                    cut.worstWindow().to());
            case BOUGOUNI_SHARE_OF_CI_PCT, TANKERS_DESTROYED, TANKERS_DELIVERED, VOLUME_DELIVERED_M3 ->
                    "%s to %s".formatted(over.from(), over.to());
            case BASELINE_TANKERS_PER_MONTH -> "baseline mean per day x 30";
        };
    }
}
