package de.smilecity.exchange.crawl;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the crawls of sources with a schedule when they are due. The check runs every minute on
 * every node, but ShedLock (a row in the database) lets only one node at a time do it.
 */
@Component
class ScheduledCrawls {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCrawls.class);

    private final PartnerSourceRepository sources;
    private final CrawlRunRepository runs;
    private final CrawlService crawls;
    private final Clock clock;

    ScheduledCrawls(PartnerSourceRepository sources, CrawlRunRepository runs, CrawlService crawls, Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.crawls = crawls;
        this.clock = clock;
    }

    @Scheduled(cron = "${smile.crawl.schedule-tick:0 * * * * *}")
    @SchedulerLock(name = "crawl-schedule", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    @Transactional
    public void startDueCrawls() {
        Instant now = clock.instant();
        for (PartnerSource source : sources.findByScheduleIsNotNull()) {
            String schedule = source.getSchedule();
            if (schedule == null || !CronExpression.isValidExpression(schedule)) continue;
            Instant since = source.getLastScheduledAt() == null ? source.getCreatedAt() : source.getLastScheduledAt();
            ZonedDateTime next = CronExpression.parse(schedule).next(since.atZone(ZoneOffset.UTC));
            if (next == null || next.toInstant().isAfter(now)) continue;
            source.setLastScheduledAt(now);
            long id = java.util.Objects.requireNonNull(source.getId());
            if (runs.existsBySourceIdAndStateIn(id, CrawlService.ACTIVE)) {
                log.info("{} is due, but its last run is still active: skipped this time", source);
                continue;
            }
            log.info("{} is due by its schedule '{}': starting a crawl", source, schedule);
            crawls.start(id, "schedule");
        }
    }
}
