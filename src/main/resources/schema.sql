-- FuelWatch data tables. Portable SQL (H2 and PostgreSQL); every row keeps the file and line it came from.

CREATE TABLE IF NOT EXISTS corridor (
    corridor        VARCHAR(16)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    name_ar         VARCHAR(200),
    origin_country  VARCHAR(100) NOT NULL,
    gateway         VARCHAR(200),
    colour          VARCHAR(7)   NOT NULL,
    source_file     VARCHAR(500) NOT NULL,
    source_line     BIGINT       NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    ingest_run      BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS route (
    route           VARCHAR(16)  PRIMARY KEY,
    corridor        VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_ar         VARCHAR(200),
    road            VARCHAR(100),
    via             VARCHAR(300),
    source_file     VARCHAR(500) NOT NULL,
    source_line     BIGINT       NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    ingest_run      BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS waypoint (
    route           VARCHAR(16)  NOT NULL,
    seq             INTEGER      NOT NULL,
    town            VARCHAR(100) NOT NULL,
    town_ar         VARCHAR(200),
    country         VARCHAR(2)   NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    source_file     VARCHAR(500) NOT NULL,
    source_line     BIGINT       NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    ingest_run      BIGINT       NOT NULL,
    PRIMARY KEY (route, seq)
);

CREATE TABLE IF NOT EXISTS outline_point (
    country         VARCHAR(2)   NOT NULL,
    name_ar         VARCHAR(200),
    seq             INTEGER      NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    source_file     VARCHAR(500) NOT NULL,
    source_line     BIGINT       NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    ingest_run      BIGINT       NOT NULL,
    PRIMARY KEY (country, seq)
);

-- Arabic names (the Arabic edition), added to databases made before they existed
ALTER TABLE corridor ADD COLUMN IF NOT EXISTS name_ar VARCHAR(200);
ALTER TABLE route ADD COLUMN IF NOT EXISTS name_ar VARCHAR(200);
ALTER TABLE waypoint ADD COLUMN IF NOT EXISTS town_ar VARCHAR(200);
ALTER TABLE outline_point ADD COLUMN IF NOT EXISTS name_ar VARCHAR(200);

CREATE TABLE IF NOT EXISTS incident (
    incident_id       VARCHAR(40)   PRIMARY KEY,
    incident_date     DATE          NOT NULL,
    corridor          VARCHAR(16)   NOT NULL,
    route             VARCHAR(16),
    location          VARCHAR(200)  NOT NULL,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    type              VARCHAR(40)   NOT NULL,
    tankers_attacked  INTEGER,
    tankers_destroyed INTEGER,
    fatalities        INTEGER,
    actor             VARCHAR(200),
    source            VARCHAR(300)  NOT NULL,
    source_url        VARCHAR(1000),
    notes             VARCHAR(4000),
    source_file       VARCHAR(500)  NOT NULL,
    source_line       BIGINT        NOT NULL,
    content_hash      VARCHAR(64)   NOT NULL,
    ingest_run        BIGINT        NOT NULL,
    -- 'own' for a row of incidents/*.csv, 'acled' for an ACLED event the acledMatchStep counts as an incident
    origin            VARCHAR(8)    DEFAULT 'own' NOT NULL,
    -- true when tankers_destroyed was read from the ACLED notes; NULL tankers_destroyed means no count reported
    tankers_derived   BOOLEAN       DEFAULT FALSE NOT NULL,
    -- on an own incident: the ACLED events merged with it (the same incident), so that both sources are cited
    acled_events      VARCHAR(400)
);
-- a database made before ACLED events were counted: the same columns, and an unknown tanker count allowed
ALTER TABLE incident ADD COLUMN IF NOT EXISTS origin VARCHAR(8) DEFAULT 'own' NOT NULL;
ALTER TABLE incident ADD COLUMN IF NOT EXISTS tankers_derived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident ADD COLUMN IF NOT EXISTS acled_events VARCHAR(400);
ALTER TABLE incident ALTER COLUMN tankers_destroyed DROP NOT NULL;
-- Narrow indexes, so that figures read index entries, never the wide rows with their notes: one for the daily
-- aggregates, the map's cells and the most recent incidents, one for the most destructive. incident_figures_idx
-- replaces incident_day_idx, which lacked the coordinates, so a database made before it is upgraded on start.
DROP INDEX IF EXISTS incident_day_idx;
CREATE INDEX IF NOT EXISTS incident_figures_idx
    ON incident (incident_date DESC, corridor, tankers_destroyed, fatalities, latitude, longitude);
CREATE INDEX IF NOT EXISTS incident_severity_idx ON incident (tankers_destroyed DESC, incident_date DESC);

CREATE TABLE IF NOT EXISTS supply (
    supply_date     DATE         NOT NULL,
    route           VARCHAR(16)  NOT NULL,
    corridor        VARCHAR(16)  NOT NULL,
    tankers         INTEGER      NOT NULL,
    volume_m3       DECIMAL(12,3) NOT NULL,
    source          VARCHAR(300) NOT NULL,
    notes           VARCHAR(1000),
    source_file     VARCHAR(500) NOT NULL,
    source_line     BIGINT       NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    ingest_run      BIGINT       NOT NULL,
    PRIMARY KEY (supply_date, route)
);

CREATE TABLE IF NOT EXISTS timeline_event (
    event_id        VARCHAR(40)   PRIMARY KEY,
    event_date      DATE          NOT NULL,
    end_date        DATE,
    category        VARCHAR(40)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    description     VARCHAR(4000),
    person          VARCHAR(200),
    marker          VARCHAR(40),
    location        VARCHAR(200),
    source          VARCHAR(300)  NOT NULL,
    source_url      VARCHAR(1000),
    source_file     VARCHAR(500)  NOT NULL,
    source_line     BIGINT        NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    ingest_run      BIGINT        NOT NULL
);

CREATE TABLE IF NOT EXISTS claim (
    claim_id        VARCHAR(40)   PRIMARY KEY,
    measure         VARCHAR(60)   NOT NULL,
    claimed_value   DOUBLE PRECISION NOT NULL,
    unit            VARCHAR(40)   NOT NULL,
    period_start    DATE,
    period_end      DATE,
    claim_text      VARCHAR(2000) NOT NULL,
    source          VARCHAR(300)  NOT NULL,
    source_date     DATE          NOT NULL,
    source_url      VARCHAR(1000),
    basis           VARCHAR(200),
    source_file     VARCHAR(500)  NOT NULL,
    source_line     BIGINT        NOT NULL,
    content_hash    VARCHAR(64)   NOT NULL,
    ingest_run      BIGINT        NOT NULL
);

-- What happened to the rows of each input file in one run (job instance). Updated in the same transaction as the
-- rows themselves, so a restarted run counts every row exactly once.
CREATE TABLE IF NOT EXISTS ingest_file (
    ingest_run      BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    source_file     VARCHAR(500)  NOT NULL,
    rows_read       BIGINT        NOT NULL,
    rows_new        BIGINT        NOT NULL,
    rows_updated    BIGINT        NOT NULL,
    rows_duplicate  BIGINT        NOT NULL,
    rows_rejected   BIGINT        NOT NULL,
    problem         VARCHAR(1000),
    PRIMARY KEY (ingest_run, source_file)
);

-- Rows rejected in one run, with their place, the column, the value and the reason. Line 0 is a whole-file problem.
CREATE TABLE IF NOT EXISTS rejected_row (
    ingest_run      BIGINT        NOT NULL,
    source_file     VARCHAR(500)  NOT NULL,
    source_line     BIGINT        NOT NULL,
    column_name     VARCHAR(60),
    bad_value       VARCHAR(1000),
    reason          VARCHAR(1000) NOT NULL,
    raw_line        VARCHAR(8000),
    PRIMARY KEY (ingest_run, source_file, source_line)
);

-- Rows whose content changed since an earlier run (same key, new content), with what changed.
CREATE TABLE IF NOT EXISTS changed_row (
    ingest_run      BIGINT        NOT NULL,
    source_file     VARCHAR(500)  NOT NULL,
    source_line     BIGINT        NOT NULL,
    row_key         VARCHAR(200)  NOT NULL,
    changes         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (ingest_run, source_file, source_line)
);

-- Incidents per day and corridor over the days the figures read (from the earliest window start to the as-of
-- date), rebuilt by the figures step in one range scan of incident_figures_idx; every incident figure is taken from here.
CREATE TABLE IF NOT EXISTS incident_day (
    incident_date     DATE        NOT NULL,
    corridor          VARCHAR(16) NOT NULL,
    incidents         BIGINT      NOT NULL,
    tankers_destroyed BIGINT      NOT NULL,
    fatalities        BIGINT      NOT NULL,
    -- incidents with no reported tanker count (tankers_destroyed NULL)
    without_tanker_count BIGINT   DEFAULT 0 NOT NULL,
    PRIMARY KEY (incident_date, corridor)
);

ALTER TABLE incident_day ADD COLUMN IF NOT EXISTS without_tanker_count BIGINT DEFAULT 0 NOT NULL;

-- Calendar dimension filled by the figures step: gives zero-supply days and Monday weeks portably.
CREATE TABLE IF NOT EXISTS calendar_day (
    cal_date        DATE PRIMARY KEY,
    week_start      DATE NOT NULL
);

-- What delivery did, per briefing (the SHA-256 of the published PDF of an edition) and recipient: pending, sent or
-- failed, how many tries, the last error, and the Message-ID, which is fixed per (briefing, recipient) so that a
-- message sent again after a crash is the same message. input_fingerprint is the run's input fingerprint: a
-- briefing made again from the same input (only the stale-data notice's age differs) is not sent again.
CREATE TABLE IF NOT EXISTS delivery (
    briefing_sha256 VARCHAR(64)   NOT NULL,
    email           VARCHAR(320)  NOT NULL,
    as_of           DATE          NOT NULL,
    edition         VARCHAR(8)    NOT NULL,
    recipient_name  VARCHAR(200)  NOT NULL,
    copy_number     INTEGER       NOT NULL,
    copies          INTEGER       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    last_error      VARCHAR(2000),
    message_id      VARCHAR(200)  NOT NULL,
    updated_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP,
    input_fingerprint VARCHAR(64),
    PRIMARY KEY (briefing_sha256, email)
);
ALTER TABLE delivery ADD COLUMN IF NOT EXISTS input_fingerprint VARCHAR(64);

-- Versions of ACLED events as exported (input/acled/*.csv): one row per event and timestamp; the newest counts.
CREATE TABLE IF NOT EXISTS acled_event (
    event_id_cnty     VARCHAR(40)   NOT NULL,
    event_date        DATE          NOT NULL,
    time_precision    INTEGER       NOT NULL,
    event_type        VARCHAR(200)  NOT NULL,
    sub_event_type    VARCHAR(200)  NOT NULL,
    actor1            VARCHAR(200),
    inter1            VARCHAR(40),
    actor2            VARCHAR(200),
    inter2            VARCHAR(40),
    interaction       VARCHAR(100),
    country           VARCHAR(200),
    admin1            VARCHAR(200),
    location          VARCHAR(200)  NOT NULL,
    latitude          DOUBLE PRECISION NOT NULL,
    longitude         DOUBLE PRECISION NOT NULL,
    geo_precision     INTEGER       NOT NULL,
    source            VARCHAR(1000),
    notes             VARCHAR(8000),
    fatalities        INTEGER,
    acled_timestamp   BIGINT        NOT NULL,
    source_file       VARCHAR(500)  NOT NULL,
    source_line       BIGINT        NOT NULL,
    content_hash      VARCHAR(64)   NOT NULL,
    ingest_run        BIGINT        NOT NULL,
    PRIMARY KEY (event_id_cnty, acled_timestamp)
);

-- ACLED's lists of deleted events (input/acled/deleted*.csv).
CREATE TABLE IF NOT EXISTS acled_deletion (
    event_id_cnty     VARCHAR(40)   PRIMARY KEY,
    deleted_timestamp BIGINT        NOT NULL,
    source_file       VARCHAR(500)  NOT NULL,
    source_line       BIGINT        NOT NULL,
    content_hash      VARCHAR(64)   NOT NULL,
    ingest_run        BIGINT        NOT NULL
);

-- What the acledMatchStep made of each stored ACLED event (its newest version) of a type that may be selected, replaced
-- as a whole by each run: the audit file acled-matches-<as-of>.csv and the per-file counts are read from here.
CREATE TABLE IF NOT EXISTS acled_match (
    event_id_cnty     VARCHAR(40)   PRIMARY KEY,
    acled_timestamp   BIGINT        NOT NULL,
    event_date        DATE          NOT NULL,
    location          VARCHAR(200)  NOT NULL,
    source_file       VARCHAR(500)  NOT NULL,
    deleted           BOOLEAN       NOT NULL,
    selected          BOOLEAN       NOT NULL,
    reason            VARCHAR(400)  NOT NULL,
    route             VARCHAR(16),
    corridor          VARCHAR(16),
    distance_km       DOUBLE PRECISION,
    shared_with       VARCHAR(200),
    merged_with       VARCHAR(40),
    tankers           INTEGER,
    match_run         BIGINT        NOT NULL
);

-- The other stored ACLED events (their type alone leaves them out), counted per file and reason by the same match;
-- newest_timestamp is the newest of those not deleted, for the "data as of" date.
CREATE TABLE IF NOT EXISTS acled_match_summary (
    source_file       VARCHAR(500)  NOT NULL,
    reason            VARCHAR(400)  NOT NULL,
    deleted           BOOLEAN       NOT NULL,
    events            BIGINT        NOT NULL,
    newest_timestamp  BIGINT,
    match_run         BIGINT        NOT NULL,
    PRIMARY KEY (source_file, reason)
);
