package org.fuelwatch.run;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.FuelWatchProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

/**
 * The options of one run, from the command line with defaults from configuration.
 *
 * @param input  folder with the input CSVs ({@code --input=DIR}, default {@code fuelwatch.input})
 * @param output folder to publish to ({@code --output=DIR}, default {@code fuelwatch.output})
 * @param asOf   date the briefing covers ({@code --as-of=YYYY-MM-DD}); null means the latest date in the data
 */
public record RunOptions(Path input, Path output, LocalDate asOf) {

    public static RunOptions from(ApplicationArguments args, FuelWatchProperties properties) {
        Path input = Path.of(single(args, "input", properties.input().toString()));
        Path output = Path.of(single(args, "output", properties.output().toString()));
        String asOf = single(args, "as-of", null);
        RunOptions options;
        try {
            options = new RunOptions(input, output, asOf == null ? null : LocalDate.parse(asOf));
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("--as-of=" + asOf + " is not a date as YYYY-MM-DD");
        }
        options.checkFolders();
        return options;
    }

    /**
     * Refuses folders that cannot work: an output folder inside the input folder would have every run read its own
     * output as new input, and an input folder inside the output folder would be pruned with old briefings.
     */
    public void checkFolders() {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (out.startsWith(in)) {
            throw new ConfigurationException("the output folder " + out + " is inside the input folder " + in
                    + "; every run would read its own output as input. Choose an output folder outside it");
        }
        if (in.startsWith(out)) {
            throw new ConfigurationException("the input folder " + in + " is inside the output folder " + out
                    + "; choose folders apart");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ConfigurationException("the output folder " + out + " is a file, not a folder");
        }
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1 || values.get(0).isBlank()) {
            throw new ConfigurationException("--" + name + " must be given once, with a value");
        }
        return values.get(0);
    }
}
