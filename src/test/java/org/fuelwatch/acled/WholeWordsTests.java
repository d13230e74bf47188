package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WholeWordsTests {

    final WholeWords words = new WholeWords(List.of("fuel", "tanker", "tankers", "citernes", "fuel truck"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gunmen burned TANKERS and fuel.                   | TANKERS
            des camions-citernes incendiés                    | citernes
            A FUEL TRUCK, then a tanker.                      | FUEL TRUCK
            tanker fuel truck                                 | tanker
            «fuel»                                            | fuel
            """)
    void findsTheFirstListedWordAsWritten(String text, String first) {
        assertThat(words.firstIn(text)).contains(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            refuelling and a tankerman
            fuel2 and 3tanker
            carburéfuel
            """)
    void findsNoWordInsideAnother(String text) {
        assertThat(words.firstIn(text)).isEmpty();
    }
}
