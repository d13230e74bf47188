package org.fuelwatch.system;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the steps of one briefing run share: the folders from the job parameters and the as-of date, which the
 * figures step settles (from the parameter, or the latest date in the data) and keeps in the job's context.
 *
 * @param input  the input folder
 * @param output the output folder where briefings are published
 * @param asOf   the date the briefing covers; null before the figures step ran
 */
public record RunContext(Path input, Path output, LocalDate asOf) {

    /** Key of the as-of date in the job execution context. */
    public static final String AS_OF_KEY = "fuelwatch.asOf";

    public static RunContext of(StepExecution step) {
        return of(step.getJobExecution());
    }

    public static RunContext of(JobExecution job) {
        String asOf = job.getExecutionContext().containsKey(AS_OF_KEY)
                ? job.getExecutionContext().getString(AS_OF_KEY)
                : job.getJobParameters().getString(JobParameterNames.AS_OF);
        return new RunContext(Path.of(job.getJobParameters().getString(JobParameterNames.INPUT)),
                Path.of(job.getJobParameters().getString(JobParameterNames.OUTPUT)),
                asOf == null ? null : LocalDate.parse(asOf));
    }

    /** The names of the output folder's files. */
    public OutputNames outputNames() {
        return new OutputNames(output);
    }

    /** Scratch folder of this run's intermediate files (figures, charts, the unpublished PDF). */
    public Path work() {
        return outputNames().work(asOf);
    }

    public Path figuresFile() {
        return work().resolve("figures.json");
    }

    public Path chartsFolder() {
        return work().resolve("charts");
    }

    public Path draftBriefing() {
        return work().resolve("briefing.pdf.part");
    }

    /** The charts of one edition: the English ones in {@link #chartsFolder()}, the others in a folder of their own. */
    public Path chartsFolder(Edition edition) {
        return edition == Edition.EN ? chartsFolder() : chartsFolder().resolve(edition.code());
    }

    /** The unpublished PDF of one edition. */
    public Path draftBriefing(Edition edition) {
        return work().resolve("briefing" + edition.suffix() + ".pdf.part");
    }

    public Path publishedBriefing() {
        return outputNames().briefing(asOf);
    }

    public Path rejectsFile() {
        return outputNames().rejects(asOf);
    }
}
