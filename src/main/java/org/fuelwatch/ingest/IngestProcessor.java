package org.fuelwatch.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.fuelwatch.system.FuelWatchProperties;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates one CSV row and turns it into its record, key and content hash; a bad row becomes a rejection with the
 * column, value and reason, and a good row whose key is surely new is marked so ({@link KnownKeys}). The reference
 * codes, the column widths and the known keys are loaded once per step, after the reference steps ran. Called by the
 * {@link IngestReader}'s read-ahead thread, one row at a time.
 */
class IngestProcessor<T extends Record> implements ItemProcessor<CsvLine, IngestItem<T>>, StepExecutionListener {

    private final KindTable<T> table;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ContentHash hash;
    private final FuelWatchProperties.Ingest settings;
    private final Clock clock;
    private ReferenceCodes refs;
    private RowLimits limits;
    private KnownKeys knownKeys;

    IngestProcessor(KindTable<T> table, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            FuelWatchProperties.Ingest settings, Clock clock) {
        this.table = table;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setReadOnly(true);
        this.hash = new ContentHash(table.contentIndexes());
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Set<String> corridors = Set.copyOf(jdbc.queryForList("SELECT corridor FROM corridor", String.class));
        Map<String, String> routes = new HashMap<>();
        jdbc.query("SELECT route, corridor FROM route", rs -> {
            routes.put(rs.getString(1), rs.getString(2));
        });
        refs = new ReferenceCodes(corridors, Map.copyOf(routes));
        limits = new RowLimits(ColumnWidths.of(jdbc, table.kind().table()), settings.earliestDate(),
                LocalDate.now(clock), settings.futureDays());
        // in a transaction, so that PostgreSQL streams the stored keys instead of holding them all
        long inputBytes = IngestReader.inputBytes(stepExecution, table.kind());
        knownKeys = transaction.execute(status -> KnownKeys.load(table, jdbc, inputBytes));
    }

    @Override
    public IngestItem<T> process(CsvLine line) {
        if (line.problem() != null) {
            return IngestItem.rejected(new RejectedRowException(line, "(file)", null, line.problem()));
        }
        try {
            T row = table.kind().parser().parse(new RowFields(line, limits), refs);
            Object[] values = table.values(row);
            Object[] key = table.keyValues(values);
            String keyText = KindTable.key(key);
            // a key seen for the first time is marked known at once: a later row with the same key is then looked
            // up, and finds this one stored, or in its own chunk
            boolean mayBeStored = knownKeys.mayHold(keyText);
            if (!mayBeStored) {
                knownKeys.add(keyText);
            }
            return IngestItem.accepted(line, values, key, keyText, hash.of(values), mayBeStored);
        } catch (RejectedRowException e) {
            return IngestItem.rejected(e);
        }
    }
}
