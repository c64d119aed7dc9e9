package io.cosmicsync.application.feed.service;

import io.cosmicsync.application.feed.port.in.FeedEnd;
import io.cosmicsync.application.feed.port.in.SubscribeResult;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesCommand;
import io.cosmicsync.application.feed.port.in.SubscribeToChangesUseCase;
import io.cosmicsync.application.feed.port.out.LoadChangeFeedPort;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessQuery;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessUseCase;
import io.cosmicsync.domain.common.InvalidValueException;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.sync.PeerId;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@link SubscribeToChangesUseCase}: admits a subscriber (SUBSCRIBE on every scope), then catches it up
 * from its cursor with its own paged reads ({@link CatchUp}) and finally hands it to the {@link LiveFanOut},
 * which one reader feeds for all live subscribers. {@link #wakeUp()} is what the sync core's
 * "changes committed" notification calls.
 *
 * <p>Threads: catch-up runs on {@code worker}, the live reader on {@code dispatcher} (one thread); both are
 * owned by whoever built this service.
 */
public final class ChangeFeedService implements SubscribeToChangesUseCase {

    private final CheckProjectAccessUseCase access;
    private final FeedReader reader;
    private final LiveFanOut fanOut;
    private final CatchUp catchUp;

    /**
     * @param log         the change log by position and scope
     * @param access      the project access policy
     * @param localAuthor this node's author id: its changes are {@code LOCAL}, all others {@code REMOTE}
     * @param worker      runs catch-up reads (blocking) and their back-off
     * @param dispatcher  runs the live reader; a single thread
     */
    public ChangeFeedService(LoadChangeFeedPort log, CheckProjectAccessUseCase access, PeerId localAuthor,
                             ScheduledExecutorService worker, Executor dispatcher) {
        this.access = access;
        this.reader = new FeedReader(log, localAuthor);
        this.fanOut = new LiveFanOut(reader, dispatcher);
        this.catchUp = new CatchUp(reader, fanOut, worker);
    }

    @Override
    public SubscribeResult subscribe(SubscribeToChangesCommand command) {
        for (String scope : command.scopes()) {
            ProjectId project;
            try {
                project = ProjectId.parse(scope);
            } catch (InvalidValueException notAProjectId) {
                return new SubscribeResult.NotFound("project " + scope);
            }
            AccessDecision decision = access.checkAccess(new CheckProjectAccessQuery(command.actor(), project, ProjectAction.SUBSCRIBE));
            if (decision instanceof AccessDecision.NotFound notFound) {
                return new SubscribeResult.NotFound(notFound.what());
            }
            if (decision instanceof AccessDecision.Forbidden forbidden) {
                return new SubscribeResult.Forbidden(forbidden.reason());
            }
        }
        long newest = reader.newestSeq();
        long after = command.after() == null ? newest : command.after();
        if (after > newest) {
            return new SubscribeResult.UnknownCursor(after, newest);
        }
        Subscription subscription = new Subscription(command.scopes(), command.listener(), after, catchUp::start, fanOut::remove);
        return new SubscribeResult.Subscribed(subscription, after);
    }

    /** Changes were committed: live subscribers get them soon. Returns at once; never throws. */
    public void wakeUp() {
        fanOut.wakeUp();
    }

    /** How many subscribers are caught up and fed live. */
    public int liveSubscribers() {
        return fanOut.liveCount();
    }

    static FeedEnd compacted(long seq) {
        return new FeedEnd(FeedEnd.Reason.COMPACTED, "change " + seq + " after the cursor was compacted away:"
                + " reload the documents, then subscribe without a cursor");
    }
}
