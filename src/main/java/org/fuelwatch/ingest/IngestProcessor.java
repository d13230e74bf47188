package org.fuelwatch.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Validates one CSV row and turns it into its record, key and content hash; a bad row becomes a rejection with the
 * column, value and reason. The reference codes are loaded once per step, after the reference steps ran.
 */
class IngestProcessor<T extends Record> implements ItemProcessor<CsvLine, IngestItem<T>>, StepExecutionListener {

    private final KindTable<T> table;
    private final JdbcTemplate jdbc;
    private ReferenceCodes refs;

    IngestProcessor(KindTable<T> table, JdbcTemplate jdbc) {
        this.table = table;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Set<String> corridors = Set.copyOf(jdbc.queryForList("SELECT corridor FROM corridor", String.class));
        Map<String, String> routes = new HashMap<>();
        jdbc.query("SELECT route, corridor FROM route", rs -> {
            routes.put(rs.getString(1), rs.getString(2));
        });
        refs = new ReferenceCodes(corridors, Map.copyOf(routes));
    }

    @Override
    public IngestItem<T> process(CsvLine line) {
        if (line.problem() != null) {
            return IngestItem.rejected(new RejectedRowException(line, "(file)", null, line.problem()));
        }
        try {
            T row = table.kind().parser().parse(new RowFields(line), refs);
            return IngestItem.accepted(line, row, table.keyValues(row), table.hash(row));
        } catch (RejectedRowException e) {
            return IngestItem.rejected(e);
        }
    }
}
