package org.fuelwatch.delivery;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.fuelwatch.figures.Figures;
import org.fuelwatch.figures.FiguresStore;
import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.fuelwatch.system.Fonts;
import org.fuelwatch.system.FuelWatchProperties;
import org.fuelwatch.system.JobParameterNames;
import org.fuelwatch.system.RunContext;
import org.fuelwatch.system.TemplateSource;
import org.fuelwatch.system.Tlp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The delivery step, after the publish step: its own step, so that a failed or interrupted delivery never undoes
 * publishing, and a restart runs only this step again. Without a distribution list it does nothing.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryStepConfiguration {

    /** The step's name in the job repository. */
    public static final String STEP = "deliveryStep";

    private static final Logger log = LoggerFactory.getLogger(DeliveryStepConfiguration.class);

    @Bean
    Deliverer.Pause deliveryPause() {
        return duration -> Thread.sleep(duration);
    }

    @Bean
    Step deliveryStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FuelWatchProperties properties, ObjectProvider<JavaMailSender> mailSender, JdbcTemplate jdbc,
            Fonts fonts, TemplateSource templates, Deliverer.Pause pause) {
        var settings = properties.delivery();
        var tlp = Tlp.of(properties.briefing().tlp());
        var records = new DeliveryRecords(jdbc, transactionManager, Clock.systemUTC());
        return new StepBuilder(STEP, jobRepository).tasklet((contribution, chunk) -> {
            if (settings.recipients() == null) {
                log.info("no distribution list (fuelwatch.delivery.recipients): nothing to deliver");
                return RepeatStatus.FINISHED;
            }
            JavaMailSender sender = mailSender.getIfAvailable();
            if (sender == null) {
                throw new ConfigurationException("fuelwatch.delivery.recipients is set but no mail relay is: set "
                        + "spring.mail.host (and spring.mail.port, .username, .password)");
            }
            if (settings.from() == null || settings.from().isBlank()) {
                throw new ConfigurationException("fuelwatch.delivery.from: the sender's address is required to "
                        + "deliver the briefing");
            }
            if (settings.attempts() < 1) {
                throw new ConfigurationException("fuelwatch.delivery.attempts=" + settings.attempts()
                        + ": at least 1");
            }
            RunContext run = RunContext.of(contribution.getStepExecution());
            Figures figures = FiguresStore.read(run.figuresFile());
            List<Edition> editions = properties.briefing().editionList();
            var composer = new MailComposer(templates, tlp, settings.from(), figures,
                    properties.briefing().dataLabel(), editions);
            var deliverer = new Deliverer(sender, records, new NumberedCopy(fonts),
                    new Deliverer.Settings(settings.recipients(), EnumSet.copyOf(editions), settings.from(), settings.operator(),
                            settings.attempts(), settings.backoff()), pause);

            List<Deliverer.Outcome> outcomes = deliverer.deliver(run.outputNames(), run.asOf(),
                    contribution.getStepExecution().getJobParameters().getString(JobParameterNames.FINGERPRINT),
                    composer);
            String report = outcomes.stream().map(Deliverer.Outcome::line).collect(Collectors.joining("\n"));
            contribution.getStepExecution().getExecutionContext().putString(DeliveryReport.KEY, report);
            DeliveryManifest.record(run.outputNames(), run.asOf(), outcomes);
            List<Deliverer.Outcome> notServed = outcomes.stream()
                    .filter(o -> o.record().status() != DeliveryRecord.Status.SENT).toList();
            long sentNow = outcomes.stream().filter(Deliverer.Outcome::sentNow).count();
            log.info("delivery of the briefing as of {}: {} sent now, {} sent before, {} not served", run.asOf(),
                    sentNow, outcomes.stream().filter(Deliverer.Outcome::sentBefore).count(), notServed.size());
            if (!notServed.isEmpty()) {
                throw new DeliveryIncompleteException(notServed.size() + " of " + outcomes.size()
                        + " recipients not served:\n  " + notServed.stream().map(Deliverer.Outcome::line)
                                .collect(Collectors.joining("\n  ")));
            }
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
    }
}
