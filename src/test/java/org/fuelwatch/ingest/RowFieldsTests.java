package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one grammar of values, field by field, apart from any file or database. */
class RowFieldsTests {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 2, 1);
    static final RowLimits LIMITS = new RowLimits(Map.of("v", 5), LocalDate.of(1900, 1, 1),
            RUN_DATE, 1);

    static RowFields fields(String value) {
        return new RowFields(new CsvLine("incidents/a.csv", 7, List.of("v"), List.of(value)), LIMITS);
    }

    static RejectedRowException rejection(Runnable parse) {
        try {
            parse.run();
        } catch (RejectedRowException e) {
            return e;
        }
        throw new AssertionError("not rejected");
    }

    @Test
    void aRowWithAnotherNumberOfFieldsThanTheHeaderIsRejected() {
        assertThatThrownBy(() -> new RowFields(new CsvLine("a.csv", 3, List.of("x", "y"), List.of("1")), LIMITS))
                .isInstanceOf(RejectedRowException.class)
                .hasMessage("a.csv line 3, column (row): expected 2 fields as in the header, found 1");
    }

    @Nested
    class WholeNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"0", "7", "123456789", " 2", "2 "})
        void asciiDigitsWithBlanksAroundAreWholeNumbers(String value) {
            assertThat(fields(value).wholeNumber("v", true)).isEqualTo(Integer.valueOf(value.strip()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1", "+1", "2.5", "three", "1e3", "0x10", "1234567890", "٣", "１２", "1 000", "1,000"})
        void anythingElseIsNot(String value) {
            RejectedRowException e = rejection(() -> fields(value).wholeNumber("v", true));
            assertThat(e.reason()).isEqualTo("expected a whole non-negative number");
            assertThat(e.column()).isEqualTo("v");
        }

        @Test
        void anEmptyValueIsAbsentOrRequired() {
            assertThat(fields("  ").wholeNumber("v", false)).isNull();
            assertThat(rejection(() -> fields("").wholeNumber("v", true)).reason()).isEqualTo("a value is required");
        }
    }

    @Nested
    class Decimals {

        @ParameterizedTest
        @ValueSource(strings = {"0", "-7.48", "12.5", "90", "-90.000", "3083.8"})
        void anOptionalMinusDigitsAndAPointAreDecimals(String value) {
            assertThat(fields(value).decimal("v", true, -90, 3100)).isEqualTo(Double.parseDouble(value));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0x1p3", "10.8d", "10.8f", "1e1", "NaN", "Infinity", "-Infinity", "+5", ".5", "5.",
            "1,5", "٣", "１２", "- 5", "1_000"})
        void javaNumberSyntaxAndOtherDigitsAreNot(String value) {
            assertThat(rejection(() -> fields(value).decimal("v", true, -90, 90)).reason())
                    .isEqualTo("expected a decimal number such as 12.5 or -7.48");
        }

        @Test
        void aDecimalOutsideItsRangeIsRejectedWithTheRange() {
            assertThat(rejection(() -> fields("90.0001").latitude("v", true)).reason())
                    .isEqualTo("expected a number from -90 to 90");
            assertThat(rejection(() -> fields("-180.5").longitude("v", true)).reason())
                    .isEqualTo("expected a number from -180 to 180");
        }

        @Test
        void anExactDecimalKeepsItsDigits() {
            assertThat(fields("3083.80").exactDecimal("v", true, 0, 1e6)).isEqualTo(new BigDecimal("3083.80"));
        }
    }

    @Nested
    class Dates {

        @Test
        void aRealIsoDateWithinTheRangeIsADate() {
            assertThat(fields("2025-10-01").date("v", true)).isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(fields("1900-01-01").date("v", true)).isEqualTo(LocalDate.of(1900, 1, 1));
            // a source a time zone ahead may date a row one day after the run date
            assertThat(fields("2026-02-02").date("v", true)).isEqualTo(LocalDate.of(2026, 2, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "12/10/2025", "2025-1-01", "+10000-01-01", "20251001", "٢٠٢٥-١٠-٠١",
            "2025-10-01T00:00"})
        void anythingElseIsNot(String value) {
            assertThat(rejection(() -> fields(value).date("v", true)).reason())
                    .isEqualTo("expected a real date as YYYY-MM-DD");
        }

        @Test
        void datesBeforeTheEarliestOrAfterTheRunDateAreRejected() {
            assertThat(rejection(() -> fields("0000-01-01").date("v", true)).reason())
                    .isEqualTo("date before 1900-01-01, the earliest accepted (fuelwatch.ingest.earliest-date)");
            assertThat(rejection(() -> fields("2026-02-03").date("v", true)).reason())
                    .isEqualTo("date after the run date 2026-02-01 (with 1 day(s) of margin, fuelwatch.ingest.future-days)");
            assertThat(rejection(() -> fields("9999-12-31").date("v", true)).value()).isEqualTo("9999-12-31");
        }
    }

    @Nested
    class Text {

        @Test
        void textIsAtMostAsLongAsItsColumnCountingCharactersNotUnits() {
            assertThat(fields("Kita ").text("v", true)).isEqualTo("Kita");
            // five code points, seven UTF-16 units: fits a column of five
            assertThat(fields("a😀b😀c").text("v", true)).isEqualTo("a😀b😀c");
            RejectedRowException e = rejection(() -> fields("Kolokani").text("v", true));
            assertThat(e.reason()).isEqualTo("text of 8 characters is longer than the 5 allowed");
        }

        @Test
        void aRejectionQuotesOnlyTheFirstFortyCharacters() {
            RejectedRowException e = rejection(() -> fields("x".repeat(300)).requiredText("v"));
            assertThat(e.value()).isEqualTo("x".repeat(40) + "…");
        }

        @Test
        void aFieldCutByTheReaderSaysSo() {
            String cut = "x".repeat(FieldCap.MOST + 3);
            assertThat(rejection(() -> fields(cut).requiredText("v")).reason())
                    .isEqualTo("text of more than 100,000 characters is longer than the 5 allowed");
        }

        @Test
        void aColumnWithoutAWidthIsAProgrammingError() {
            assertThatThrownBy(() -> fields("x").text("other", true)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class Codes {

        @Test
        void aCodeMustBeKnown() {
            assertThat(fields("CI").code("v", true, Set.of("CI", "SN"), "corridor")).isEqualTo("CI");
            assertThat(rejection(() -> fields("XX").code("v", true, Set.of("SN", "CI"), "corridor")).reason())
                    .isEqualTo("not a known corridor (known: CI, SN)");
        }

        @Test
        void withNoCodesKnownTheReferenceDataIsMissingAndTheFileCannotBeChecked() {
            assertThatThrownBy(() -> fields("CI").code("v", true, Set.of(), "corridor"))
                    .isInstanceOf(InputFileException.class)
                    .hasMessageContaining("no corridor is known")
                    .hasMessageContaining("the reference data is missing");
        }
    }
}
