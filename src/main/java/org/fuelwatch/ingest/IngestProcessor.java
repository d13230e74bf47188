package org.fuelwatch.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Validates one CSV row of a kind and turns it into its record; a bad row raises {@link RejectedRowException}, which
 * the step skips and records. The reference codes are loaded once per step, after the reference steps ran.
 */
class IngestProcessor<T extends Record> implements ItemProcessor<CsvLine, T>, StepExecutionListener {

    private final IngestKind<T> kind;
    private final JdbcTemplate jdbc;
    private ReferenceCodes refs;

    IngestProcessor(IngestKind<T> kind, JdbcTemplate jdbc) {
        this.kind = kind;
        this.jdbc = jdbc;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Set<String> corridors = new HashSet<>(jdbc.queryForList("SELECT corridor FROM corridor", String.class));
        Map<String, String> routes = new HashMap<>();
        jdbc.query("SELECT route, corridor FROM route", rs -> {
            routes.put(rs.getString(1), rs.getString(2));
        });
        refs = new ReferenceCodes(Set.copyOf(corridors), Map.copyOf(routes));
    }

    @Override
    public T process(CsvLine line) {
        return kind.parser().parse(new RowFields(line), refs);
    }
}
