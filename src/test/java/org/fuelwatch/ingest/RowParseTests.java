package org.fuelwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each kind's {@code parse}: a good row becomes its record, each rule of the kind rejects with its reason. */
class RowParseTests {

    static final ReferenceCodes REFS = new ReferenceCodes(Set.of("CI", "SN"),
            Map.of("CI-RN7", "CI", "SN-KITA", "SN"));
    static final LocalDate RUN_DATE = LocalDate.of(2026, 2, 1);

    /** A row of {@code kind} from "column=value" pairs. */
    static <T extends Record> T parse(IngestKind<T> kind, String... pairs) {
        List<String> header = Arrays.stream(pairs).map(p -> p.substring(0, p.indexOf('='))).toList();
        List<String> values = Arrays.stream(pairs).map(p -> p.substring(p.indexOf('=') + 1)).toList();
        CsvLine line = new CsvLine("f.csv", 2, header, values);
        return kind.parser().parse(new RowFields(line, SchemaWidths.limits(kind, RUN_DATE)), REFS);
    }

    static <T extends Record> RejectedRowException rejected(IngestKind<T> kind, String... pairs) {
        return RowFieldsTests.rejection(() -> parse(kind, pairs));
    }

    static String[] with(String[] row, String... replacements) {
        String[] copy = row.clone();
        for (String r : replacements) {
            String column = r.substring(0, r.indexOf('=') + 1);
            for (int i = 0; i < copy.length; i++) {
                if (copy[i].startsWith(column)) {
                    copy[i] = r;
                }
            }
        }
        return copy;
    }

    @Nested
    class Incidents {

        static final String[] GOOD = {"incident_id=INC-1", "date=2025-10-01", "corridor=CI", "route=CI-RN7",
            "location=Bougouni", "latitude=11.42", "longitude=-7.48", "type=ambush", "tankers_attacked=3",
            "tankers_destroyed=2", "fatalities=", "actor=JNIM", "source=Test", "source_url=", "notes=a note"};

        @Test
        void aGoodRowBecomesItsRecord() {
            IncidentRow row = parse(IngestKind.INCIDENTS, GOOD);

            assertThat(row).isEqualTo(new IncidentRow("INC-1", LocalDate.of(2025, 10, 1), "CI", "CI-RN7",
                    "Bougouni", 11.42, -7.48, "ambush", 3, 2, null, "JNIM", "Test", null, "a note", "f.csv", 2));
        }

        @Test
        void eachRuleOfAnIncidentRejectsWithItsReason() {
            assertThat(rejected(IngestKind.INCIDENTS, with(GOOD, "tankers_destroyed=4")).reason())
                    .isEqualTo("more tankers destroyed than attacked (3)");
            assertThat(rejected(IngestKind.INCIDENTS, with(GOOD, "route=SN-KITA")).reason())
                    .isEqualTo("route SN-KITA belongs to corridor SN, not CI");
            assertThat(rejected(IngestKind.INCIDENTS, with(GOOD, "incident_id=" + "I".repeat(41))).reason())
                    .isEqualTo("text of 41 characters is longer than the 40 allowed");
            assertThat(rejected(IngestKind.INCIDENTS, with(GOOD, "type=" + "t".repeat(41))).column())
                    .isEqualTo("type");
            assertThat(rejected(IngestKind.INCIDENTS, with(GOOD, "date=2026-03-01")).column()).isEqualTo("date");
        }
    }

    @Nested
    class Supply {

        static final String[] GOOD = {"date=2025-10-01", "corridor=CI", "route=CI-RN7", "tankers=77",
            "volume_m3=3083.8", "source=Test", "notes="};

        @Test
        void aVolumeIsAMeasureWithUpToThreeDecimals() {
            SupplyRow row = parse(IngestKind.SUPPLY, GOOD);

            assertThat(row.volumeM3()).isEqualTo(new BigDecimal("3083.8"));
            assertThat(parse(IngestKind.SUPPLY, with(GOOD, "volume_m3=3084")).volumeM3()).isEqualTo(new BigDecimal("3084"));
            assertThat(parse(IngestKind.SUPPLY, with(GOOD, "volume_m3=0.125")).volumeM3()).isEqualTo(new BigDecimal("0.125"));
        }

        @Test
        void negativeNotANumberInfiniteOrAbsurdVolumesAreRejected() {
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=-1")).reason())
                    .isEqualTo("expected a number from 0 to 1000000");
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=1000000.5")).reason())
                    .isEqualTo("expected a number from 0 to 1000000");
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=NaN")).reason())
                    .isEqualTo("expected a decimal number such as 12.5 or -7.48");
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=Infinity")).reason())
                    .isEqualTo("expected a decimal number such as 12.5 or -7.48");
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=1e9")).reason())
                    .isEqualTo("expected a decimal number such as 12.5 or -7.48");
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "volume_m3=1.2345")).reason())
                    .isEqualTo("expected at most 3 decimals (a litre)");
        }

        @Test
        void tankersAreACount() {
            assertThat(rejected(IngestKind.SUPPLY, with(GOOD, "tankers=2.5")).reason())
                    .isEqualTo("expected a whole non-negative number");
        }
    }

    @Nested
    class Events {

        static final String[] GOOD = {"event_id=EV-1", "date=2025-09-03", "end_date=2025-09-10",
            "category=announcement", "title=Blockade", "description=", "person=", "marker=B", "location=",
            "source=Test", "source_url="};

        @Test
        void anEventEndsOnOrAfterItsDateAndItsMarkerIsShort() {
            assertThat(parse(IngestKind.EVENTS, GOOD).endDate()).isEqualTo(LocalDate.of(2025, 9, 10));
            assertThat(rejected(IngestKind.EVENTS, with(GOOD, "end_date=2025-09-01")).reason())
                    .isEqualTo("end date is before the date 2025-09-03");
            assertThat(rejected(IngestKind.EVENTS, with(GOOD, "marker=" + "m".repeat(41))).reason())
                    .isEqualTo("text of 41 characters is longer than the 40 allowed");
        }
    }

    @Nested
    class Claims {

        static final String[] GOOD = {"claim_id=CL-1", "measure=supply_cut_pct", "value=80", "unit=%",
            "period_start=2025-10-23", "period_end=2025-10-29", "claim_text=about 80%", "source=BISI",
            "source_date=2025-11-02", "source_url=", "basis="};

        @Test
        void aClaimHasBothPeriodEndsOrNeitherInOrder() {
            assertThat(parse(IngestKind.CLAIMS, GOOD).claimedValue()).isEqualTo(80.0);
            assertThat(rejected(IngestKind.CLAIMS, with(GOOD, "period_end=")).reason())
                    .isEqualTo("give both period_start and period_end, or neither");
            assertThat(rejected(IngestKind.CLAIMS, with(GOOD, "period_end=2025-10-01")).reason())
                    .isEqualTo("period ends before it starts (2025-10-23)");
            assertThat(rejected(IngestKind.CLAIMS, with(GOOD, "value=80%")).column()).isEqualTo("value");
        }
    }

    @Nested
    class Reference {

        @Test
        void aCorridorHasAColourAndACodeThatFitsItsColumn() {
            String[] good = {"corridor=CI", "name=Côte d'Ivoire", "origin_country=Côte d'Ivoire", "gateway=Abidjan",
                "colour=#1F77B4"};
            assertThat(parse(IngestKind.CORRIDORS, good).colour()).isEqualTo("#1F77B4");
            assertThat(rejected(IngestKind.CORRIDORS, with(good, "colour=blue")).reason())
                    .isEqualTo("expected a colour as #RRGGBB");
            assertThat(rejected(IngestKind.CORRIDORS, with(good, "corridor=" + "C".repeat(17))).reason())
                    .isEqualTo("text of 17 characters is longer than the 16 allowed");
        }

        @Test
        void aRouteBelongsToAKnownCorridor() {
            String[] good = {"route=CI-RN7", "corridor=CI", "name=Bougouni road", "road=RN7", "via=Bougouni"};
            assertThat(parse(IngestKind.ROUTES, good).corridor()).isEqualTo("CI");
            assertThat(rejected(IngestKind.ROUTES, with(good, "corridor=GN")).reason())
                    .isEqualTo("not a known corridor (known: CI, SN)");
        }

        @Test
        void waypointsAndOutlinesHaveASequenceNumberCoordinatesAndATwoLetterCountry() {
            String[] waypoint = {"route=CI-RN7", "seq=1", "town=Bougouni", "country=ML", "latitude=11.42",
                "longitude=-7.48"};
            assertThat(parse(IngestKind.WAYPOINTS, waypoint).seq()).isEqualTo(1);
            assertThat(rejected(IngestKind.WAYPOINTS, with(waypoint, "country=MLI")).reason())
                    .isEqualTo("text of 3 characters is longer than the 2 allowed");
            String[] outline = {"country=ML", "seq=4", "latitude=0x1p3", "longitude=-7.48"};
            assertThat(rejected(IngestKind.OUTLINES, outline).reason())
                    .isEqualTo("expected a decimal number such as 12.5 or -7.48");
        }
    }
}
