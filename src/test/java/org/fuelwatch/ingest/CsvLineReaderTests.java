package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.core.io.FileSystemResource;

/**
 * The reader's UTF-8 check works a block of 1 MiB at a time: a character cut by a block's end is whole again in the
 * next block, and a bad byte past the first block is still reported at its line and position.
 */
class CsvLineReaderTests {

    static final int BLOCK = 1 << 20;

    @TempDir
    Path input;

    @Test
    void aCharacterAcrossTheEndOfABlockIsGoodUtf8() throws Exception {
        // "é" is 2 bytes and the Arabic letter 2, "€" 3 and "𐍈" 4: each one placed to straddle the block's end at
        // every byte where it can be cut
        for (String wide : List.of("é", "ب", "€", "𐍈")) {
            int size = wide.getBytes(StandardCharsets.UTF_8).length;
            for (int cut = 1; cut < size; cut++) {
                Path file = fileWithCharacterAt(wide, BLOCK - cut);
                List<CsvLine> lines = readAll(file);
                assertThat(lines).as("%s cut after byte %d", wide, cut).allMatch(l -> l.problem() == null);
                assertThat(lines.get(lines.size() - 1).fields().get(1)).startsWith(wide);
            }
        }
    }

    @Test
    void aBadBytePastTheFirstBlockIsReportedAtItsLine() throws Exception {
        Path file = fileWithCharacterAt("é", BLOCK + 10);
        byte[] bytes = Files.readAllBytes(file);
        int at = indexOf(bytes, "é".getBytes(StandardCharsets.UTF_8));
        bytes[at] = (byte) 0xE9; // Latin-1 é
        bytes[at + 1] = 'x';
        Files.write(file, bytes);
        long line = 1;
        long lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }

        List<CsvLine> lines = readAll(file);

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).problem()).isEqualTo("not UTF-8 text: byte 0xE9 at line %d, byte %d of the line; "
                .formatted(line, at - lineStart + 1) + "save the file as UTF-8");
    }

    /** A CSV of ASCII rows, then one row whose note starts with {@code wide} at byte {@code offset} of the file. */
    private Path fileWithCharacterAt(String wide, int offset) throws IOException {
        StringBuilder csv = new StringBuilder("id,note\n");
        int row = 0;
        while (csv.length() + 40 < offset) {
            csv.append(String.format("%07d,", row++)).append("x".repeat(30)).append('\n');
        }
        csv.append(String.format("%07d,", row++));
        csv.append("y".repeat(offset - csv.length())); // all ASCII so far: chars are bytes
        csv.append(wide).append(" and after\n");
        csv.append(String.format("%07d,", row)).append(wide).append(" last row\n");
        Path file = input.resolve("notes.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        assertThat(indexOf(Files.readAllBytes(file), wide.getBytes(StandardCharsets.UTF_8))).isEqualTo(offset);
        return file;
    }

    private List<CsvLine> readAll(Path file) throws Exception {
        CsvLineReader reader = new CsvLineReader(input, List.of("id", "note"), List.of("id", "note"));
        reader.setResource(new FileSystemResource(file));
        reader.open(new ExecutionContext());
        List<CsvLine> lines = new ArrayList<>();
        for (CsvLine line = reader.read(); line != null; line = reader.read()) {
            lines.add(line);
        }
        reader.close();
        return lines;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
