package org.fuelwatch.briefing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.system.TemplateSource;

/**
 * Names as an edition writes them. The English edition writes every name as the data have it. The Arabic edition
 * takes the Arabic names from the reference files (the figures carry them) and, for names that no reference file
 * holds (people, operations), from {@code names.txt} in its templates folder, one {@code name as in the data = name
 * as the edition writes it} a line; a name found in neither is written as in the data. A line may be a pattern for
 * place descriptions built from town names, {@code between {a} and {b} = بين {a} و{b}}: an incident's place is then
 * written with the towns' Arabic names, when every town in it has one.
 */
final class Names {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z])}");

    private final Figures.ArabicNames data;
    private final Map<String, String> written;
    private final Map<Pattern, String> places;

    private Names(Figures.ArabicNames data, Map<String, String> written, Map<Pattern, String> places) {
        this.data = data;
        this.written = written;
        this.places = places;
    }

    /** The names of the English edition: as in the data. */
    static Names asInData() {
        return new Names(null, Map.of(), Map.of());
    }

    /** The Arabic names of the figures, and those of {@code names.txt} in the edition's templates folder. */
    static Names arabic(Figures figures, TemplateSource source, String edition) {
        String name0 = edition + "names.txt";
        String file = source.describe(name0);
        Map<String, String> written = new HashMap<>();
        Map<Pattern, String> places = new LinkedHashMap<>();
        if (source.exists(name0)) {
            List<String> lines = BriefingTemplates.read(source, name0).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf(" = ");
                if (eq < 0) {
                    throw new TemplateException("template " + file + ": line " + (i + 1)
                            + " is not 'name in the data = name as written'", null);
                }
                String name = line.substring(0, eq).strip();
                String as = line.substring(eq + 3).strip();
                if (SLOT.matcher(name).find()) {
                    places.put(pattern(name), as);
                } else {
                    written.put(name, as);
                }
            }
        }
        Figures.ArabicNames names = figures.arabicNames() != null ? figures.arabicNames()
                : new Figures.ArabicNames(Map.of(), Map.of(), Map.of(), Map.of());
        return new Names(names, Map.copyOf(written), places);
    }

    /** "between {a} and {b}" as a pattern whose groups are named a and b. */
    private static Pattern pattern(String name) {
        StringBuilder regex = new StringBuilder("^");
        Matcher m = SLOT.matcher(name);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(name.substring(last, m.start()))).append("(?<").append(m.group(1))
                    .append(">.+?)");
            last = m.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(name.substring(last))).append("$").toString());
    }

    /**
     * An incident's place: as names.txt writes it, or by a place pattern with every town in it named in Arabic, or
     * else as in the data.
     */
    String place(String text) {
        if (data == null || text == null) {
            return text;
        }
        if (written.containsKey(text)) {
            return written.get(text);
        }
        if (data.towns().containsKey(text)) {
            return data.towns().get(text);
        }
        for (Map.Entry<Pattern, String> entry : places.entrySet()) {
            Matcher m = entry.getKey().matcher(text);
            if (!m.matches()) {
                continue;
            }
            Matcher slot = SLOT.matcher(entry.getValue());
            StringBuilder out = new StringBuilder();
            boolean complete = true;
            while (slot.find()) {
                String town = m.group(slot.group(1)).strip();
                String arabic = data.towns().getOrDefault(town, written.get(town));
                complete &= arabic != null;
                slot.appendReplacement(out, Matcher.quoteReplacement(arabic == null ? town : arabic));
            }
            slot.appendTail(out);
            return complete ? out.toString() : text;
        }
        return text;
    }

    String corridor(String code, String name) {
        return data == null ? name : data.corridors().getOrDefault(code, text(name));
    }

    String route(String code, String name) {
        return data == null ? name : data.routes().getOrDefault(code, text(name));
    }

    String town(String name) {
        return data == null ? name : data.towns().getOrDefault(name, text(name));
    }

    String country(String code, String name) {
        return data == null ? name : data.countries().getOrDefault(code, text(name));
    }

    /** A name no reference file holds (a person, an operation): from names.txt, or as in the data. */
    String text(String name) {
        return name == null ? null : written.getOrDefault(name, name);
    }

    String person(String name) {
        return text(name);
    }
}
