package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TankerCountTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Militants attacked the convoy, burning about 40 tankers. | 40
            Gunmen set three fuel tankers on fire. | 3
            Twenty-five tankers were destroyed. | 25
            A convoy of 120 tankers was attacked; 12 tankers burned. | 12
            A convoy of 1,200 tankers reached Bamako escorted. | 1200
            Des hommes armés ont incendié deux camions-citernes de carburant. | 2
            Quarante citernes brûlées près de Kayes. | 40
            A dozen tankers torched. | 12
            """)
    void takesTheStatedCountPreferringTheOneBurned(String notes, int count) {
        assertThat(TankerCount.in(notes)).hasValue(count);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Dozens of tankers burned.", "A tanker was burned.", "Two drivers were abducted.",
        "On 14 September 2025 tankers were attacked.", "Several fuel tankers destroyed.", ""})
    void withoutAStatedNumberTheCountIsUnknownNotZero(String notes) {
        assertThat(TankerCount.in(notes)).isEmpty();
    }
}
