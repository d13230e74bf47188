package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class FieldCapTests {

    static String through(String csv) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader in = new FieldCap(new StringReader(csv))) {
            char[] buffer = new char[7];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    @Test
    void ordinaryCsvPassesUnchangedButForTheByteOrderMark() throws IOException {
        String csv = "a,b\r\n\"x, \"\"y\"\"\nz\",2\n";
        assertThat(through("\uFEFF" + csv)).isEqualTo(csv);
    }

    @Test
    void anEnormousFieldIsCutJustPastTheMostKeepingQuotesAndLineBreaks() throws IOException {
        String huge = "\"" + "n".repeat(FieldCap.MOST * 3) + "\nsecond line\"";
        String out = through("a," + huge + ",b\nnext,row\n");

        String[] parts = out.split(",", 2);
        assertThat(parts[0]).isEqualTo("a");
        // the opening quote, MOST + 2 characters, the kept line break and the closing quote
        assertThat(parts[1]).startsWith("\"nnn").endsWith("\n\",b\nnext,row\n");
        assertThat(out.length()).isEqualTo("a,".length() + 1 + FieldCap.MOST + 2 + "\n\",b\nnext,row\n".length());
    }

    @Test
    void theCountStartsAgainAtEachField() throws IOException {
        String field = "x".repeat(FieldCap.MOST);
        String csv = field + "," + field + "\n" + field + "\n";
        assertThat(through(csv)).isEqualTo(csv);
    }
}
