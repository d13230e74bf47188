package org.fuelwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.run.BriefingLauncher;
import org.fuelwatch.run.ExitCodes;
import org.fuelwatch.run.RunOptions;
import org.fuelwatch.run.RunOutcome;
import org.fuelwatch.system.JobParameterNames;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The whole job on the sample data in input/, read back from the published PDF. */
@SpringBootTest
@SpringBatchTest
@ActiveProfiles("test")
class BriefingJobFunctionalTests {

    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;

    @Autowired
    BriefingLauncher launcher;

    @TempDir
    Path output;

    @Test
    void sampleDataGivesABriefingWithTheCalibratedFiguresAndEverySection() throws IOException {
        // when
        RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), output, null));

        // then
        assertThat(outcome.exitCode()).as(outcome.message()).isEqualTo(ExitCodes.SUCCESS);
        Path pdf = output.resolve("briefing-2026-01-31.pdf");
        assertThat(outcome.briefing()).isEqualTo(pdf);
        assertThat(pdf).exists();
        assertThat(output.resolve("rejects-2026-01-31.csv")).exists();

        Figures figures = FiguresStore.read(output.resolve(".work/2026-01-31/figures.json"));
        assertThat(figures.supplyCut().cutPct()).isCloseTo(80, within(2.0));
        assertThat(figures.routeShare().sharePct()).isCloseTo(57, within(1.0));
        assertThat(figures.totals().sinceBlockade().incidents()).isPositive();

        String text = TestFiles.pdfText(pdf);
        assertThat(text).contains("Fuel blockade of Bamako", "31 January 2026")
                .contains(Math.round(figures.supplyCut().cutPct()) + "% below the pre-blockade baseline")
                .contains("carried " + Math.round(figures.routeShare().sharePct()) + "% of the fuel from")
                .contains("Key judgements", "Key figures", "Corridors at a glance", "Fuel supply to Bamako",
                        "Share by corridor and route", "Attacks on the supply chain", "Most recent incidents",
                        "Timeline of the blockade and the response", "Computed figures beside reported claims",
                        "Method and definitions", "About the data", "Sources")
                .contains("Illustrative sample data")
                .doesNotContain("Stale data") // the test profile's run date is the day after the data end
                .contains("BISI")
                .contains("Kolondiéba", "Ségou", "Kourémalé")
                .contains("incidents/incidents-2025.csv");
    }

    @Test
    void anAsOfDateBeforeAnyDataIsAConfigurationError() {
        RunOutcome outcome = launcher.launch(new RunOptions(Path.of("input"), output,
                java.time.LocalDate.of(2020, 1, 1)));

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(outcome.message()).contains("--as-of=2020-01-01 is before the earliest");
        assertThat(output).isDirectoryNotContaining("glob:**/*.pdf");
    }

    /** The job as Spring Batch's test support starts it, with the launcher's parameters but no launcher. */
    @Test
    void theJobRunsItsStepsInOrderFromItsParametersAlone() throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, Path.of("input").toAbsolutePath().toString())
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().toString())
                .addString(JobParameterNames.FINGERPRINT, "functional-test")
                .toJobParameters();

        JobExecution execution = jobOperatorTestUtils.startJob(parameters);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsSubsequence("ingestIncidentsStep", "figuresStep", "chartsStep", "briefingStep",
                        "publishStep");
        assertThat(output.resolve("briefing-2026-01-31.pdf")).exists();
        jobRepositoryTestUtils.removeJobExecution(execution);
    }

    @Test
    void unchangedInputIsNotBriefedTwice() {
        RunOutcome first = launcher.launch(new RunOptions(Path.of("input"), output, null));
        RunOutcome second = launcher.launch(new RunOptions(Path.of("input"), output, null));

        assertThat(first.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.SUCCESS);
        assertThat(second.message()).contains("input unchanged");
        assertThat(second.execution().getId()).isEqualTo(first.execution().getId());
    }

}
