package org.fuelwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import org.fuelwatch.system.JobParameterNames;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.file.MultiResourceItemReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every file of one {@link IngestKind} in the input folder given as job parameter, in file-name order, so that
 * a restart resumes at the same file and record.
 */
class IngestReader implements ItemStreamReader<CsvLine>, StepExecutionListener {

    private final IngestKind<?> kind;
    private MultiResourceItemReader<CsvLine> files;

    IngestReader(IngestKind<?> kind) {
        this.kind = kind;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Path input = Path.of(stepExecution.getJobParameters().getString(JobParameterNames.INPUT));
        Resource[] resources = resources(input);
        var delegate = new CsvLineReader(input, kind.required(), kind.columns());
        files = new MultiResourceItemReader<>(delegate);
        files.setName(kind.name());
        files.setResources(resources);
        files.setComparator(Comparator.comparing(Resource::getFilename));
        files.setStrict(false);
    }

    private Resource[] resources(Path input) {
        try {
            String base = input.toAbsolutePath().normalize().toUri().toString();
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(base + kind.pattern());
            return Arrays.stream(found).filter(Resource::exists).toArray(Resource[]::new);
        } catch (IOException e) {
            throw new InputFileException(input.resolve(kind.pattern()).toString(), "cannot list the files", e);
        }
    }

    @Override
    public CsvLine read() throws Exception {
        return files.read();
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        files.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        files.update(executionContext);
    }

    @Override
    public void close() throws ItemStreamException {
        if (files != null) {
            files.close();
        }
    }
}
