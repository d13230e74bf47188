package org.fuelwatch.system;

import java.awt.Color;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Traffic Light Protocol 2.0 (FIRST) labels, as the standard writes them and in its colours, shown on black. A
 * label is never translated: an Arabic edition carries the same {@code TLP:AMBER+STRICT} as the English one.
 */
public enum Tlp {

    CLEAR("TLP:CLEAR", new Color(0xFF, 0xFF, 0xFF)),
    GREEN("TLP:GREEN", new Color(0x33, 0xFF, 0x00)),
    AMBER("TLP:AMBER", new Color(0xFF, 0xC0, 0x00)),
    AMBER_STRICT("TLP:AMBER+STRICT", new Color(0xFF, 0xC0, 0x00)),
    RED("TLP:RED", new Color(0xFF, 0x2B, 0x2B));

    /** The background every label is shown on. */
    public static final Color BACKGROUND = Color.BLACK;

    private final String label;
    private final Color colour;

    Tlp(String label, Color colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The label exactly as TLP 2.0 writes it: {@code TLP:AMBER+STRICT}, no spaces. */
    public String label() {
        return label;
    }

    public Color colour() {
        return colour;
    }

    /** The colour as {@code #RRGGBB}, for HTML. */
    public String hex() {
        return String.format("#%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    /**
     * The level a {@code fuelwatch.briefing.tlp} setting names ({@code CLEAR}, {@code GREEN}, {@code AMBER},
     * {@code AMBER+STRICT} or {@code RED}, with or without the {@code TLP:} prefix); empty when unset.
     */
    public static Optional<Tlp> of(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.empty();
        }
        String name = setting.strip().toUpperCase(java.util.Locale.ROOT);
        String label = name.startsWith("TLP:") ? name : "TLP:" + name;
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst().map(Optional::of)
                .orElseThrow(() -> new ConfigurationException("fuelwatch.briefing.tlp=" + setting
                        + " is not a TLP 2.0 level; use one of " + Arrays.stream(values())
                                .map(t -> t.label.substring(4)).collect(Collectors.joining(", "))));
    }
}
