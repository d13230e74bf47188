package org.fuelwatch.acled;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.fuelwatch.system.FuelWatchProperties;

/**
 * Whether an ACLED event concerns the fuel supply chain: an event of a sub-event type that hits convoys, never a
 * protest or riot, whose notes name fuel or freight. Words match whole (a "fuelling" is not "fuel"), in any case, with
 * their plurals (tankers, lorries, camions).
 */
final class SupplyChainSelector {

    /** The outcome, with the rule or word that decided it, as the audit file shows it. */
    record Selection(boolean selected, String reason) {
    }

    private final List<String> subEventTypes;
    private final List<String> excludedEventTypes;
    private final WholeWords fuel;
    private final WholeWords freight;

    SupplyChainSelector(FuelWatchProperties.Acled settings) {
        this.subEventTypes = lower(settings.subEventTypes());
        this.excludedEventTypes = lower(settings.excludedEventTypes());
        this.fuel = words(settings.fuelWords());
        this.freight = words(settings.freightWords());
    }

    /** True when the type alone can select it: the notes then decide. */
    boolean mayBeSelected(String eventType, String subEventType) {
        return eventType != null && subEventType != null
                && !excludedEventTypes.contains(eventType.toLowerCase(Locale.ROOT))
                && subEventTypes.contains(subEventType.toLowerCase(Locale.ROOT));
    }

    Selection select(String eventType, String subEventType, String notes) {
        if (eventType != null && excludedEventTypes.contains(eventType.toLowerCase(Locale.ROOT))) {
            return new Selection(false, "event type " + eventType + " is never an attack on the supply chain");
        }
        if (!mayBeSelected(eventType, subEventType)) {
            return new Selection(false, "sub-event type " + subEventType + " is not one that hits convoys");
        }
        String text = notes == null ? "" : notes;
        Optional<String> word = fuel.firstIn(text);
        if (word.isPresent()) {
            return new Selection(true, subEventType + "; fuel word '" + word.get() + "'");
        }
        word = freight.firstIn(text);
        if (word.isPresent()) {
            return new Selection(true, subEventType + "; freight word '" + word.get() + "'");
        }
        return new Selection(false, "notes name no fuel or freight word");
    }

    /** The words and their plurals, each to be named whole. */
    private static WholeWords words(List<String> words) {
        return new WholeWords(words.stream().flatMap(SupplyChainSelector::forms).toList());
    }

    /** A word, its plural in -s and -es, and in -ies for a word in a consonant and -y (lorry, lorries). */
    private static Stream<String> forms(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Stream<String> plurals = Stream.of(w + "s", w + "es");
        if (w.length() > 2 && w.endsWith("y") && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0) {
            plurals = Stream.concat(plurals, Stream.of(w.substring(0, w.length() - 1) + "ies"));
        }
        return Stream.concat(plurals, Stream.of(w));
    }

    private static List<String> lower(List<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
