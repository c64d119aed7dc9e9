package io.cosmicsync.bootstrap.wiring;

import io.cosmicsync.application.feed.port.out.LoadChangeFeedPort;
import io.cosmicsync.application.feed.service.ChangeFeedService;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessUseCase;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.domain.sync.PeerId;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the live change feed (docs/live-feed.md): {@link ChangeFeedService} (the
 * {@code SubscribeToChangesUseCase}) with its two thread pools, and the sync core's "changes committed"
 * listener that wakes it.
 */
@Factory
public class FeedFactory {

    /** Two daemon threads that catch subscribers up from their cursors (blocking reads). */
    @Singleton
    @Named("feed-catch-up")
    @Bean(preDestroy = "shutdownNow")
    ScheduledExecutorService feedCatchUpThreads() {
        return Executors.newScheduledThreadPool(2, daemonThreads("feed-catch-up-"));
    }

    /** The one thread that reads the log per commit and fans changes out to live subscribers. */
    @Singleton
    @Named("feed-dispatcher")
    @Bean(preDestroy = "shutdownNow")
    ExecutorService feedDispatcherThread() {
        return Executors.newSingleThreadExecutor(daemonThreads("feed-dispatcher-"));
    }

    @Singleton
    ChangeFeedService changeFeed(LoadChangeFeedPort log, CheckProjectAccessUseCase access,
                                 @Named(SyncFactory.LOCAL_AUTHOR) PeerId localAuthor,
                                 @Named("feed-catch-up") ScheduledExecutorService catchUp,
                                 @Named("feed-dispatcher") ExecutorService dispatcher) {
        return new ChangeFeedService(log, access, localAuthor, catchUp, dispatcher);
    }

    /**
     * Wakes the feed after every sync transaction commits (local mutations and changes from peers alike):
     * it only flags the live reader, so the committing thread returns at once.
     */
    @Singleton
    @Named("live-feed")
    ChangesCommittedPort liveFeedWakeUp(ChangeFeedService feed) {
        return committed -> feed.wakeUp();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
