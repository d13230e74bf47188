package org.fuelwatch.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;

/**
 * Reads the distribution list, a CSV file {@code name,email,edition} (columns in any order, a header row first). Every
 * problem is reported at once with its line and column; a list with any problem is not used at all, since sending to
 * part of a list would be worse than a clear refusal.
 */
final class DistributionList {

    static final List<String> COLUMNS = List.of("name", "email", "edition");

    private DistributionList() {
    }

    /**
     * The recipients in list order.
     *
     * @param editions the editions this installation makes; a recipient of another one is refused by line
     */
    static List<Recipient> read(Path file, Set<Edition> editions) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("fuelwatch.delivery.recipients=" + file + ": no such file ("
                    + file.toAbsolutePath() + ")");
        }
        List<String> problems = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new ConfigurationException(file + ": the distribution list is empty; expected a header "
                        + String.join(",", COLUMNS));
            }
            List<String> header = records.next().getFields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ConfigurationException(file + " line 1: missing column(s) " + String.join(", ", missing)
                        + "; expected a header " + String.join(",", COLUMNS));
            }
            Map<String, Long> seen = new HashMap<>();
            while (records.hasNext()) {
                CsvRecord record = records.next();
                long line = record.getStartingLineNumber();
                String name = field(record, header.indexOf("name"));
                String email = field(record, header.indexOf("email"));
                String code = field(record, header.indexOf("edition")).toLowerCase(Locale.ROOT);
                int before = problems.size();
                if (name.isEmpty()) {
                    problems.add(where(file, line, "name") + "a name is required (it is stamped on the copy)");
                }
                String emailProblem = emailProblem(email);
                if (emailProblem != null) {
                    problems.add(where(file, line, "email") + emailProblem);
                } else {
                    Long first = seen.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
                    if (first != null) {
                        problems.add(where(file, line, "email") + email + " is already on the list at line " + first
                                + "; each recipient gets one copy");
                    }
                }
                Edition edition = Edition.of(code).orElse(null);
                if (edition == null) {
                    problems.add(where(file, line, "edition") + "'" + code + "' is not an edition (expected "
                            + editions.stream().map(Edition::code).collect(Collectors.joining(" or ")) + ")");
                } else if (!editions.contains(edition)) {
                    problems.add(where(file, line, "edition") + "the '" + code + "' edition is not made here "
                            + "(fuelwatch.briefing.editions="
                            + editions.stream().map(Edition::code).collect(Collectors.joining(","))
                            + "); add " + code + " to it or change the recipient's edition");
                }
                if (problems.size() == before) {
                    recipients.add(new Recipient(name, email, edition, line));
                }
            }
        } catch (IOException | CsvParseException e) {
            throw new ConfigurationException(file + ": cannot read the distribution list: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("the distribution list has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + "; nobody was sent anything:\n  "
                    + String.join("\n  ", problems));
        }
        if (recipients.isEmpty()) {
            throw new ConfigurationException(file + ": the distribution list names nobody");
        }
        return List.copyOf(recipients);
    }

    private static String field(CsvRecord record, int index) {
        return index < record.getFieldCount() ? record.getField(index).strip() : "";
    }

    private static String where(Path file, long line, String column) {
        return file.getFileName() + " line " + line + ", column " + column + ": ";
    }

    private static String emailProblem(String email) {
        if (email.isEmpty()) {
            return "an e-mail address is required";
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            if (address.getPersonal() != null || !email.equals(address.getAddress()) || !email.contains("@")
                    || email.indexOf('@') == email.length() - 1) {
                return "'" + email + "' is not a plain e-mail address such as name@example.org";
            }
            return null;
        } catch (AddressException e) {
            return "'" + email + "' is not an e-mail address (" + e.getMessage() + ")";
        }
    }
}
