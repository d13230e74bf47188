package org.fuelwatch.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.fuelwatch.ingest.RejectedRows;
import org.fuelwatch.system.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publish step: writes the rejects file, then moves the finished briefing under its published name in one atomic
 * rename, so a reader never sees a half-written briefing and a failed run never replaces the last good one.
 */
@Configuration(proxyBeanMethods = false)
class PublishStepConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PublishStepConfiguration.class);

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RejectedRows rejectedRows) {
        return new StepBuilder("publishStep", jobRepository).tasklet((contribution, chunk) -> {
            RunContext run = RunContext.of(contribution.getStepExecution());
            long instance = contribution.getStepExecution().getJobExecution().getJobInstance().getInstanceId();
            writeRejects(rejectedRows.rejected(instance), run.rejectsFile());
            writeChanges(rejectedRows.changed(instance), run.changesFile());
            moveIntoPlace(run.draftBriefing(), run.publishedBriefing());
            log.info("briefing published: {}", run.publishedBriefing().toAbsolutePath());
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }

    static void writeRejects(List<RejectedRows.Rejected> rejected, Path file) {
        writeCsv(file, List.of("file", "line", "column", "value", "reason", "raw_line"), rejected.stream()
                .map(r -> List.of(r.file(), String.valueOf(r.line()), nn(r.column()), nn(r.value()), r.reason(),
                        nn(r.raw())))
                .toList());
    }

    static void writeChanges(List<RejectedRows.Changed> changed, Path file) {
        writeCsv(file, List.of("file", "line", "key", "changes"), changed.stream()
                .map(c -> List.of(c.file(), String.valueOf(c.line()), c.key(), c.changes())).toList());
    }

    private static void writeCsv(Path file, List<String> header, List<List<String>> rows) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                    CsvWriter csv = CsvWriter.builder().build(out)) {
                csv.writeRecord(header);
                rows.forEach(csv::writeRecord);
            }
            moveIntoPlace(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }

    static void moveIntoPlace(Path draft, Path published) throws IOException {
        Files.createDirectories(published.toAbsolutePath().getParent());
        Files.move(draft, published, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
