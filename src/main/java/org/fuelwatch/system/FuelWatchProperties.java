package org.fuelwatch.system;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of FuelWatch, bound from {@code fuelwatch.*} in application.yml. A setting counts in the input
 * fingerprint (so changing it gives a new briefing) unless it is marked {@link Operational}; the folders' contents
 * (input and templates) are fingerprinted file by file.
 * Figure windows live here so that the briefing can state them and staff can change them.
 *
 * @param templates folder whose files override the built-in templates of the same name; unset means
 *                  {@code templates/} in the working folder when there is one
 * @param runDate the day a run counts as today, to judge whether the data is stale; unset (the default) means today
 *                in the schedule's time zone. For replaying a past night and for tests.
 */
@ConfigurationProperties("fuelwatch")
public record FuelWatchProperties(
        @Operational LocalDate runDate,
        @Operational @DefaultValue("input") Path input,
        @Operational @DefaultValue("output") Path output,
        @Operational Path templates,
        @Operational @DefaultValue Ingest ingest,
        @DefaultValue Figures figures,
        @DefaultValue Briefing briefing,
        @Operational @DefaultValue Publish publish,
        @Operational @DefaultValue Schedule schedule,
        @Operational @DefaultValue Delivery delivery,
        @DefaultValue Acled acled) {

    /**
     * How CSV input is read and stored.
     *
     * @param chunkSize rows per transaction; 500 measured fastest on H2 (see the README's benchmark)
     * @param skipLimit rejected rows of one kind past which the run stops
     * @param postgresCopy on PostgreSQL, store new rows with COPY instead of batched INSERTs
     * @param earliestDate no date before this is accepted in any input row
     * @param futureDays days after the run date still accepted in an input row, for sources a time zone ahead
     */
    public record Ingest(
            @DefaultValue("500") int chunkSize,
            @DefaultValue("1000") int skipLimit,
            @DefaultValue("true") boolean postgresCopy,
            @DefaultValue("1900-01-01") LocalDate earliestDate,
            @DefaultValue("1") int futureDays) {
    }

    /**
     * Definitions of the computed figures. Dates are inclusive.
     *
     * @param baselineStart first day of the pre-blockade baseline
     * @param baselineEnd last day of the pre-blockade baseline
     * @param blockadeStart the day the blockade began; "worst of the blockade" is searched from here
     * @param worstWindowDays length of the trailing mean used to find the worst of the blockade
     * @param currentWindowDays length of the window that describes "now" (the last days up to the as-of date)
     * @param shareCorridor corridor whose fuel the route share is taken of
     * @param shareRoute route whose share of that corridor's fuel is computed (the Bougouni road)
     * @param timelineIncidents most incidents the timeline shows: the most destructive, so that it stays readable
     * @param recentIncidents rows in the most-recent-incidents table
     * @param staleAfterDays data whose newest date is more than this many days before the run date is stale
     * @param aggregateAbove incidents past which the map draws one mark per grid cell and corridor instead of one per
     *                       incident, and the timeline's attack lane one per week and corridor
     * @param mapCellDegrees side of the map's grid cells in degrees of latitude and longitude
     */
    public record Figures(
            @DefaultValue("2025-07-01") LocalDate baselineStart,
            @DefaultValue("2025-08-31") LocalDate baselineEnd,
            @DefaultValue("2025-09-03") LocalDate blockadeStart,
            @DefaultValue("7") int worstWindowDays,
            @DefaultValue("7") int currentWindowDays,
            @DefaultValue("CI") String shareCorridor,
            @DefaultValue("CI-RN7") String shareRoute,
            @DefaultValue("40") int timelineIncidents,
            @DefaultValue("10") int recentIncidents,
            @DefaultValue("3") int staleAfterDays,
            @DefaultValue("150") int aggregateAbove,
            @DefaultValue("0.5") double mapCellDegrees) {
    }

    /**
     * Document settings that are not wording (wording lives in templates/).
     *
     * @param tlp the Traffic Light Protocol 2.0 level shown in every page's header and footer and the e-mail subject:
     *            CLEAR, GREEN, AMBER, AMBER+STRICT or RED; empty for none (the free-text marking template stays)
     * @param editions the language editions each run publishes, from the same figures: {@code en}, {@code ar}
     */
    public record Briefing(
            @DefaultValue("FuelWatch") String author,
            @DefaultValue("Illustrative sample data, calibrated to reported facts; not measured") String dataLabel,
            @DefaultValue("") String tlp,
            @DefaultValue("en,ar") java.util.List<String> editions) {

        /** The configured editions; a configuration error names an unknown one. */
        public java.util.List<Edition> editionList() {
            return Edition.configured(editions);
        }
    }

    /**
     * What the output folder keeps.
     *
     * @param keepBriefings briefings kept, counted by as-of date, newest first; older ones are removed with their
     *                      manifests, rejects, changes and revisions. The newest is never removed.
     */
    public record Publish(@DefaultValue("60") int keepBriefings) {
    }

    /**
     * Who receives the briefing by e-mail; the relay is Spring Boot's {@code spring.mail.*}.
     *
     * @param recipients the distribution list, a CSV file {@code name,email,edition}; unset: no delivery
     * @param from       the sender address of every message
     * @param operator   the address that gets a notice naming the recipients a run failed to serve
     * @param attempts   tries per recipient for a transient failure (connection refused, time-out, 4xx reply)
     * @param backoff    the wait after the first failed try; doubled after each one
     */
    public record Delivery(
            Path recipients,
            String from,
            String operator,
            @DefaultValue("4") int attempts,
            @DefaultValue("5s") java.time.Duration backoff) {
    }

    /**
     * When {@code --schedule} starts runs.
     *
     * @param cron Spring cron expression with seconds: second minute hour day-of-month month day-of-week
     * @param zone time zone the cron expression is read in
     */
    public record Schedule(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("Africa/Bamako") String zone) {

        /** The configured time zone, or a configuration error that names the setting. */
        public static java.time.ZoneId zoneId(String zoneId) {
            try {
                return java.time.ZoneId.of(zoneId);
            } catch (java.time.DateTimeException e) {
                throw new ConfigurationException("fuelwatch.schedule.zone=" + zoneId
                        + " is not a time zone (for example Africa/Bamako or UTC)");
            }
        }
    }

    /**
     * How ACLED events are selected, matched to a route and merged with own incidents (stated in the method section).
     *
     * @param subEventTypes ACLED sub-event types of the kinds that hit convoys; any other is not selected
     * @param excludedEventTypes event types never taken as an attack on the supply chain, whatever the notes say
     * @param fuelWords words that name fuel in the notes (whole words, plurals included, any case)
     * @param freightWords words that name freight transport in the notes (likewise)
     * @param precision1Km an event placed at the town itself (geo_precision 1) matches a route this close
     * @param precision2Km an event placed near a town (geo_precision 2) matches a route this close; precision 3 (a
     *                     region's centroid) never matches by distance
     * @param sharedToleranceKm routes this much farther than the nearest are named as sharing the road section
     * @param mergeKm an ACLED event this close to an own incident of the same corridor ...
     * @param mergeDays ... and this many days from it or fewer is the same incident
     */
    public record Acled(
            @DefaultValue({"Armed clash", "Attack", "Abduction/forced disappearance", "Looting/property destruction",
                    "Remote explosive/landmine/IED", "Air/drone strike"}) java.util.List<String> subEventTypes,
            @DefaultValue({"Protests", "Riots"}) java.util.List<String> excludedEventTypes,
            @DefaultValue({"fuel", "tanker", "petrol", "diesel", "gasoline", "cistern", "hydrocarbon", "citerne",
                    "carburant", "gasoil", "essence"}) java.util.List<String> fuelWords,
            @DefaultValue({"convoy", "truck", "lorry", "trailer", "driver", "transporter", "blockade", "embargo",
                    "escort", "convoi", "camion"}) java.util.List<String> freightWords,
            @DefaultValue("15") double precision1Km,
            @DefaultValue("30") double precision2Km,
            @DefaultValue("1") double sharedToleranceKm,
            @DefaultValue("25") double mergeKm,
            @DefaultValue("1") int mergeDays) {
    }
}
