package io.cosmicsync.adapter.web.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.cosmicsync.adapter.web.graphql.ChangeFeed.DocumentChangeView;
import io.cosmicsync.application.project.access.AccessDecision;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessQuery;
import io.cosmicsync.application.project.access.port.in.CheckProjectAccessUseCase;
import io.cosmicsync.domain.project.ProjectAction;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * {@code Subscription.projectChanges} and {@code Subscription.documentChanges}: live changes of one
 * project, optionally narrowed to a collection or one document.
 *
 * <p>A subscriber is admitted only when {@link CheckProjectAccessUseCase} allows {@code SUBSCRIBE} (the
 * project access policy, as for every other API): a non-member gets {@code NOT_FOUND} and no events. The
 * decision is asked again at most every {@code cosmicsync.graphql.subscription-recheck} (10 s) while events flow, so a member who is removed
 * stops receiving changes (the subscription ends with {@code NOT_FOUND}). Each subscriber keeps up to
 * {@link #BUFFER} undelivered events; when a client reads slower than changes arrive, the oldest go.
 */
@Singleton
public class ChangeSubscriptions {

    /** Undelivered events kept per subscriber. */
    static final int BUFFER = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ChangeSubscriptions.class);

    private final ChangeFeed feed;
    private final CheckProjectAccessUseCase checkAccess;
    private final Scheduler delivery;
    private final Clock clock = Clock.systemUTC();
    private final Duration recheck;

    /** Creates the subscriptions over the node's change feed; events are delivered on the I/O executor. */
    public ChangeSubscriptions(ChangeFeed feed, CheckProjectAccessUseCase checkAccess, GraphqlSettings settings,
                               @Named(TaskExecutors.IO) ExecutorService io) {
        this.feed = feed;
        this.recheck = settings.getSubscriptionRecheck();
        this.checkAccess = checkAccess;
        this.delivery = Schedulers.fromExecutorService(io);
    }

    void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Subscription", type -> type
                .dataFetcher("projectChanges", this::subscribe)
                .dataFetcher("documentChanges", this::subscribe));
    }

    private Publisher<DocumentChangeView> subscribe(DataFetchingEnvironment env) {
        UserId caller = GraphqlCaller.require(env);
        ProjectId projectId = Arguments.projectId(env, "projectId");
        String collection = env.getArgument("collection");
        String documentId = env.getArgument("documentId");
        AccessDecision admitted = decide(caller, projectId);
        if (!admitted.allowed()) {
            throw GraphqlRefusal.of(admitted.refusal());
        }
        String scope = projectId.toString();
        AtomicReference<Instant> checkedAt = new AtomicReference<>(clock.instant());
        return feed.changes()
                .filter(change -> change.projectId().equals(scope)
                        && (collection == null || change.collection().equals(collection))
                        && (documentId == null || change.documentId().equals(documentId)))
                .onBackpressureBuffer(BUFFER, dropped -> LOG.debug("a slow subscriber missed change {}",
                        dropped.changeId()), BufferOverflowStrategy.DROP_OLDEST)
                .publishOn(delivery)
                .handle((change, sink) -> {
                    Instant now = clock.instant();
                    if (now.isAfter(checkedAt.get().plus(recheck))) {
                        AccessDecision still = decide(caller, projectId);
                        if (!still.allowed()) {
                            sink.error(GraphqlRefusal.of(still.refusal()));
                            return;
                        }
                        checkedAt.set(now);
                    }
                    sink.next(change);
                });
    }

    private AccessDecision decide(UserId caller, ProjectId projectId) {
        return checkAccess.checkAccess(new CheckProjectAccessQuery(caller, projectId, ProjectAction.SUBSCRIBE));
    }
}
