package org.fuelwatch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.fuelwatch.system.JobParameterNames;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every file of one {@link IngestKind} in the input folder given as job parameter, in file-name order, and
 * validates each row with the {@link IngestProcessor}, on a thread of its own that keeps up to two chunks ahead of the
 * step. Parsing and checking the next rows so overlaps with writing the last ones, on the machine's second core.
 *
 * <p>Restartable: the state saved with each chunk is the place of the last row the step took (which file, how many
 * records into it), never of a row only read ahead, so a restart resumes right after the last committed row.
 */
class IngestReader<T extends Record> implements ItemStreamReader<IngestItem<T>>, StepExecutionListener {

    private static final String FILE = "file";
    private static final String RECORDS = "records";

    private final IngestKind<T> kind;
    private final ItemProcessor<CsvLine, IngestItem<T>> processor;
    private final int ahead;

    private Path input;
    private List<Resource> files;
    private BlockingQueue<Next<T>> queue;
    private Thread thread;
    private volatile boolean stopped;
    private boolean finished;
    /** Place of the last row the step took: index into {@link #files}, and records read from that file. */
    private int file;
    private long records;

    /** A row read ahead with its place; or the end ({@code item} null); or what stopped the reading. */
    private record Next<T extends Record>(IngestItem<T> item, int file, long records, Throwable failure) {
    }

    IngestReader(IngestKind<T> kind, ItemProcessor<CsvLine, IngestItem<T>> processor, int chunkSize) {
        this.kind = kind;
        this.processor = processor;
        this.ahead = Math.max(16, 2 * chunkSize);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        readFrom(Path.of(stepExecution.getJobParameters().getString(JobParameterNames.INPUT)));
    }

    /** The input folder whose files of this kind the next {@link #open} reads. */
    void readFrom(Path input) {
        this.input = input;
        files = Arrays.stream(resources(input, kind)).sorted(Comparator.comparing(Resource::getFilename)).toList();
        if (files.isEmpty() && IngestKind.ALL.stream().allMatch(k -> resources(input, k).length == 0)) {
            throw new InputFileException(input.toString(), "the input folder holds no input files: expected CSV files "
                    + "in " + String.join(", ", IngestKind.ALL.stream().map(IngestKind::pattern).toList()));
        }
    }

    /** Total size of the kind's input files: an upper bound on the rows a step may add. */
    static long inputBytes(StepExecution stepExecution, IngestKind<?> kind) {
        Path input = Path.of(stepExecution.getJobParameters().getString(JobParameterNames.INPUT));
        long bytes = 0;
        for (Resource resource : resources(input, kind)) {
            try {
                bytes += resource.contentLength();
            } catch (IOException e) {
                // a file that cannot be read is reported by the reader; it adds no rows
            }
        }
        return bytes;
    }

    private static Resource[] resources(Path input, IngestKind<?> kind) {
        try {
            String base = input.toAbsolutePath().normalize().toUri().toString();
            // a link that leads nowhere is kept, so that the file reader reports it
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(base + kind.pattern());
            return Arrays.stream(found).filter(r -> kind.includes(r.getFilename())).toArray(Resource[]::new);
        } catch (IOException e) {
            throw new InputFileException(input.resolve(kind.pattern()).toString(), "cannot list the files", e);
        }
    }

    @Override
    public void open(ExecutionContext executionContext) throws ItemStreamException {
        file = executionContext.containsKey(key(FILE)) ? executionContext.getInt(key(FILE)) : 0;
        records = executionContext.containsKey(key(RECORDS)) ? executionContext.getLong(key(RECORDS)) : 0;
        queue = new ArrayBlockingQueue<>(ahead);
        stopped = false;
        finished = false;
        int startFile = file;
        long skip = records;
        thread = Thread.ofPlatform().name("read-ahead-" + kind.name().toLowerCase()).daemon()
                .start(() -> readAhead(startFile, skip));
    }

    /** The read-ahead thread: every row from the given place on, validated, then the end or the failure. */
    private void readAhead(int startFile, long skip) {
        try {
            for (int f = startFile; f < files.size() && !stopped; f++) {
                CsvLineReader csv = new CsvLineReader(input, kind.required(), kind.columns());
                csv.setResource(files.get(f));
                csv.open(new ExecutionContext());
                try {
                    long n = 0;
                    for (CsvLine line = csv.read(); line != null && !stopped; line = csv.read()) {
                        n++;
                        if (f > startFile || n > skip) {
                            put(new Next<>(processor.process(line), f, n, null));
                        }
                    }
                } finally {
                    csv.close();
                }
            }
            put(new Next<>(null, 0, 0, null));
        } catch (Throwable e) {
            put(new Next<>(null, 0, 0, e));
        }
    }

    private void put(Next<T> next) {
        try {
            while (!stopped && !queue.offer(next, 100, TimeUnit.MILLISECONDS)) {
                // the step is writing; wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public IngestItem<T> read() throws Exception {
        if (finished) {
            return null;
        }
        Next<T> next = queue.take();
        if (next.failure() != null) {
            finished = true;
            throw next.failure() instanceof Exception e ? e : new IllegalStateException(next.failure());
        }
        if (next.item() == null) {
            finished = true;
            return null;
        }
        file = next.file();
        records = next.records();
        return next.item();
    }

    @Override
    public void update(ExecutionContext executionContext) throws ItemStreamException {
        executionContext.putInt(key(FILE), file);
        executionContext.putLong(key(RECORDS), records);
    }

    @Override
    public void close() throws ItemStreamException {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private String key(String name) {
        return kind.name().toLowerCase() + ".reader." + name;
    }
}
