package io.cosmicsync.application.replication;

import io.cosmicsync.application.replication.port.out.SaveReplicatedDirectoryPort;
import io.cosmicsync.application.sync.port.in.ReadDocumentCommand;
import io.cosmicsync.application.sync.port.in.ReadDocumentUseCase;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort;
import io.cosmicsync.application.sync.port.out.ChangesCommittedPort.CommittedChanges;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.sync.Change;
import io.cosmicsync.domain.sync.DocumentRef;
import io.cosmicsync.domain.sync.DocumentView;
import io.cosmicsync.domain.sync.Operation;
import io.cosmicsync.domain.sync.Resolution;
import io.cosmicsync.domain.sync.Value;
import io.cosmicsync.domain.user.Email;
import io.cosmicsync.domain.user.PasswordHash;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps this node's users, projects and members tables in step with the directory documents
 * ({@link DirectoryDocuments}): after each commit that touches one — a peer's, or this node's own — it
 * reads every touched directory document as resolved by the sync core and writes it into the tables —
 * users first, then projects, then memberships and collection definitions, so references resolve.
 * Local commits are projected too: a use case writes its table row before its sync change
 * ({@link DirectoryReplicator}), so a peer's concurrent change projected in between could otherwise leave
 * the row showing the value that lost. A record that cannot be written (an unreadable
 * field, a username taken here by another account) is logged and skipped, never half-applied.
 */
public final class DirectoryProjection implements ChangesCommittedPort {
    private static final System.Logger LOG = System.getLogger(DirectoryProjection.class.getName());

    private final ReadDocumentUseCase readDocument;
    private final SaveReplicatedDirectoryPort directory;
    private final CollectionProjection collections;

    public DirectoryProjection(ReadDocumentUseCase readDocument, SaveReplicatedDirectoryPort directory,
                               CollectionProjection collections) {
        this.readDocument = readDocument;
        this.directory = directory;
        this.collections = collections;
    }

    @Override
    public void changesCommitted(CommittedChanges committed) {
        Set<DocumentRef> touched = new LinkedHashSet<>();
        for (Change change : committed.changes()) {
            change.operations().stream().map(Operation::document).filter(DirectoryProjection::isDirectory).forEach(touched::add);
        }
        if (!touched.isEmpty()) {
            projectInOrder(touched);
        }
    }

    /**
     * One projection at a time, each reading the documents as last committed: the projection that follows a
     * record's last commit then writes the record last, whichever thread committed what in between.
     */
    private synchronized void projectInOrder(Set<DocumentRef> touched) {
        touched.stream().sorted(Comparator.comparing(Kind::of)).forEach(this::project);
    }

    /** The kinds of directory record, in the order they are projected: a membership needs its user and project. */
    private enum Kind {
        USER, PROJECT, MEMBER, COLLECTION, NOT_DIRECTORY;

        static Kind of(DocumentRef ref) {
            if (ref.scope().equals(DirectoryDocuments.DIRECTORY_SCOPE) && ref.collection().equals(DirectoryDocuments.USERS)) {
                return USER;
            }
            return switch (ref.collection()) {
                case DirectoryDocuments.PROJECT -> PROJECT;
                case DirectoryDocuments.MEMBERS -> MEMBER;
                case DirectoryDocuments.COLLECTIONS -> COLLECTION;
                default -> NOT_DIRECTORY;
            };
        }
    }

    private static boolean isDirectory(DocumentRef ref) {
        return Kind.of(ref) != Kind.NOT_DIRECTORY;
    }

    private void project(DocumentRef ref) {
        try {
            DocumentView view = readDocument.readDocument(new ReadDocumentCommand(ref)).orElse(null);
            if (view == null || view.deleted()) {
                return;
            }
            switch (Kind.of(ref)) {
                case USER -> {
                    User user = User.reconstitute(new UserId(UUID.fromString(ref.id())), new Username(text(view, "username")),
                            new Email(text(view, "email")), new PasswordHash(text(view, "password_hash")),
                            time(view, "created_at"), time(view, "updated_at"));
                    if (!directory.upsertUser(user)) {
                        LOG.log(System.Logger.Level.WARNING, "replicated user {0} clashes with an account of this node; skipped", ref.id());
                    }
                }
                case PROJECT -> directory.upsertProject(Project.reconstitute(new ProjectId(UUID.fromString(ref.id())), text(view, "name"),
                        text(view, "description"), new UserId(UUID.fromString(text(view, "creator_id"))),
                        time(view, "created_at"), time(view, "updated_at")));
                case MEMBER -> projectMember(ref, view);
                case COLLECTION -> collections.project(ref, view);
                case NOT_DIRECTORY -> { }
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "replicated record " + ref + " not applied to the tables: " + e.getMessage());
        }
    }

    private void projectMember(DocumentRef ref, DocumentView view) {
        ProjectId project = new ProjectId(UUID.fromString(ref.scope()));
        UserId user = new UserId(UUID.fromString(ref.id()));
        String role = text(view, "role");
        if (role.equals(DirectoryDocuments.NO_ROLE)) {
            directory.removeMember(project, user);
        } else if (!directory.upsertMember(new ProjectMember(project, user, ProjectRole.parse("role", role), time(view, "added_at")))) {
            LOG.log(System.Logger.Level.WARNING, "membership {0} names a user or project this node lacks; skipped", ref);
        }
    }

    private static Value field(DocumentView view, String name) {
        if (view.fields().get(name) instanceof Resolution.Resolved resolved) {
            return resolved.value();
        }
        throw new IllegalArgumentException("field " + name + " is missing or in conflict");
    }

    private static String text(DocumentView view, String name) {
        if (field(view, name) instanceof Value.StringValue s) {
            return s.value();
        }
        throw new IllegalArgumentException("field " + name + " is not text");
    }

    private static Instant time(DocumentView view, String name) {
        if (field(view, name) instanceof Value.LongValue l) {
            return Instant.ofEpochMilli(l.value());
        }
        throw new IllegalArgumentException("field " + name + " is not a time");
    }
}
