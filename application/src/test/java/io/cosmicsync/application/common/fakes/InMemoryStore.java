package io.cosmicsync.application.common.fakes;

import io.cosmicsync.application.auth.port.out.LoadSessionPort;
import io.cosmicsync.application.auth.port.out.SaveSessionPort;
import io.cosmicsync.application.node.port.out.LoadNodeIdPort;
import io.cosmicsync.application.project.ProjectCursor;
import io.cosmicsync.application.project.ProjectSort;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.port.out.ListProjectsPort;
import io.cosmicsync.application.project.port.out.LoadProjectPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.application.user.port.out.LoadProfilePort;
import io.cosmicsync.application.user.port.out.LoadUserPort;
import io.cosmicsync.application.user.port.out.SaveProfilePort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.auth.Session;
import io.cosmicsync.domain.auth.SessionId;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectMembers;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.Profile;
import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import io.cosmicsync.domain.user.Username;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One in-memory store behind every outgoing persistence port, with the uniqueness rules of the real
 * one (usernames ignoring case, e-mails; memberships need an existing project and user and go when their
 * project goes) and a real keyset listing. Counts reads and writes so tests can prove that a refused
 * request left the store alone, and records which projects' members were locked.
 */
public final class InMemoryStore implements LoadUserPort, SaveUserPort, LoadProfilePort, SaveProfilePort,
        LoadProjectPort, SaveProjectPort, ListProjectsPort, LoadSessionPort, SaveSessionPort, LoadNodeIdPort,
        LoadProjectMembersPort, LockProjectMembersPort, SaveProjectMembersPort {

    /** A copy of the whole state, for the transaction fake. */
    public record Snapshot(Map<UserId, User> users, Map<UserId, Profile> profiles,
                           Map<ProjectId, Project> projects, Map<SessionId, Session> sessions,
                           Map<MemberKey, ProjectMember> members) {
    }

    /** The primary key of a membership. */
    public record MemberKey(ProjectId projectId, UserId userId) {
    }

    private Map<UserId, User> users = new LinkedHashMap<>();
    private Map<UserId, Profile> profiles = new LinkedHashMap<>();
    private Map<ProjectId, Project> projects = new LinkedHashMap<>();
    private Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private Map<MemberKey, ProjectMember> members = new LinkedHashMap<>();
    private final Set<ProjectId> locked = new HashSet<>();
    private final String nodeId;
    private int writes;
    private int sessionReads;

    public InMemoryStore() {
        this("7f1c2a4e-0000-4000-8000-000000000001");
    }

    public InMemoryStore(String nodeId) {
        this.nodeId = nodeId;
    }

    public Snapshot snapshot() {
        return new Snapshot(new LinkedHashMap<>(users), new LinkedHashMap<>(profiles),
                new LinkedHashMap<>(projects), new LinkedHashMap<>(sessions), new LinkedHashMap<>(members));
    }

    public void restore(Snapshot s) {
        users = new LinkedHashMap<>(s.users());
        profiles = new LinkedHashMap<>(s.profiles());
        projects = new LinkedHashMap<>(s.projects());
        sessions = new LinkedHashMap<>(s.sessions());
        members = new LinkedHashMap<>(s.members());
    }

    /** How many writes (inserts, updates, deletes) were attempted. */
    public int writes() {
        return writes;
    }

    /** How many session reads were made. */
    public int sessionReads() {
        return sessionReads;
    }

    public int userCount() {
        return users.size();
    }

    public int profileCount() {
        return profiles.size();
    }

    public int projectCount() {
        return projects.size();
    }

    public int sessionCount() {
        return sessions.size();
    }

    public List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    // --- users

    @Override
    public Optional<User> loadUser(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> loadUserByUsername(Username username) {
        return users.values().stream()
                .filter(u -> u.username().value().equalsIgnoreCase(username.value()))
                .findFirst();
    }

    @Override
    public SaveResult insertUser(User user) {
        writes++;
        SaveResult clash = clash(user);
        if (clash == SaveResult.SAVED) {
            users.put(user.id(), user);
        }
        return clash;
    }

    @Override
    public SaveResult updateUser(User user) {
        writes++;
        if (!users.containsKey(user.id())) {
            throw new IllegalStateException("no user " + user.id());
        }
        SaveResult clash = clash(user);
        if (clash == SaveResult.SAVED) {
            users.put(user.id(), user);
        }
        return clash;
    }

    private SaveResult clash(User user) {
        for (User other : users.values()) {
            if (other.id().equals(user.id())) {
                continue;
            }
            if (other.username().value().toLowerCase(Locale.ROOT)
                    .equals(user.username().value().toLowerCase(Locale.ROOT))) {
                return SaveResult.USERNAME_TAKEN;
            }
            if (other.email().equals(user.email())) {
                return SaveResult.EMAIL_TAKEN;
            }
        }
        return SaveResult.SAVED;
    }

    // --- profiles

    @Override
    public Optional<Profile> loadProfile(UserId userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    @Override
    public void saveProfile(Profile profile) {
        writes++;
        if (!users.containsKey(profile.userId())) {
            throw new IllegalStateException("no user " + profile.userId());
        }
        profiles.put(profile.userId(), profile);
    }

    // --- projects

    @Override
    public Optional<Project> loadProject(ProjectId id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public void insertProject(Project project) {
        writes++;
        if (projects.putIfAbsent(project.id(), project) != null) {
            throw new IllegalStateException("duplicate project " + project.id());
        }
    }

    @Override
    public void updateProject(Project project) {
        writes++;
        if (projects.replace(project.id(), project) == null) {
            throw new IllegalStateException("no project " + project.id());
        }
    }

    @Override
    public boolean deleteProject(ProjectId id) {
        writes++;
        members.keySet().removeIf(key -> key.projectId().equals(id));
        return projects.remove(id) != null;
    }

    @Override
    public List<Project> listProjects(Criteria c) {
        Comparator<Project> ascending = (a, b) -> compare(c.sort(), a, key(c.sort(), b), b.id());
        Comparator<Project> order = c.sort().descending() ? ascending.reversed() : ascending;
        return projects.values().stream()
                .filter(p -> members.containsKey(new MemberKey(p.id(), c.member())))
                .filter(p -> c.creator() == null || p.isCreatedBy(c.creator()))
                .filter(p -> c.nameContains() == null || p.name().toLowerCase(Locale.ROOT)
                        .contains(c.nameContains().toLowerCase(Locale.ROOT)))
                .filter(p -> c.after() == null || isAfter(p, c.after()))
                .sorted(order)
                .limit(c.limit())
                .toList();
    }

    private static boolean isAfter(Project p, ProjectCursor cursor) {
        Comparable<?> key = switch (cursor.sort()) {
            case NAME_ASC, NAME_DESC -> cursor.key();
            case CREATED_AT_ASC, CREATED_AT_DESC -> cursor.createdAtKey();
        };
        int cmp = compare(cursor.sort(), p, key, cursor.id());
        return cursor.sort().descending() ? cmp < 0 : cmp > 0;
    }

    private static Comparable<?> key(ProjectSort sort, Project p) {
        return switch (sort) {
            case NAME_ASC, NAME_DESC -> p.name();
            case CREATED_AT_ASC, CREATED_AT_DESC -> p.createdAt();
        };
    }

    /** Ascending comparison of {@code p} against the position (key, id); ids compare as their text. */
    private static int compare(ProjectSort sort, Project p, Comparable<?> key, ProjectId id) {
        int cmp = switch (sort) {
            case NAME_ASC, NAME_DESC -> p.name().compareTo((String) key);
            case CREATED_AT_ASC, CREATED_AT_DESC -> p.createdAt().compareTo((Instant) key);
        };
        return cmp != 0 ? cmp : p.id().toString().compareTo(id.toString());
    }

    // --- project members

    /** Whether some use case locked the members of {@code projectId}. */
    public boolean wasLocked(ProjectId projectId) {
        return locked.contains(projectId);
    }

    public int memberCount() {
        return members.size();
    }

    @Override
    public Optional<ProjectRole> loadRole(ProjectId projectId, UserId userId) {
        return Optional.ofNullable(members.get(new MemberKey(projectId, userId))).map(ProjectMember::role);
    }

    @Override
    public List<ProjectMember> loadMembers(ProjectId projectId) {
        return members.values().stream().filter(m -> m.projectId().equals(projectId))
                .sorted(Comparator.comparing(ProjectMember::addedAt)
                        .thenComparing(m -> m.userId().toString()))
                .toList();
    }

    @Override
    public Optional<ProjectMembers> lockMembers(ProjectId projectId) {
        if (!projects.containsKey(projectId)) {
            return Optional.empty();
        }
        locked.add(projectId);
        return Optional.of(ProjectMembers.of(projectId, loadMembers(projectId)));
    }

    @Override
    public boolean insertMember(ProjectMember member) {
        writes++;
        if (!projects.containsKey(member.projectId()) || !users.containsKey(member.userId())) {
            throw new IllegalStateException("no project " + member.projectId() + " or user " + member.userId());
        }
        return members.putIfAbsent(new MemberKey(member.projectId(), member.userId()), member) == null;
    }

    @Override
    public boolean updateMember(ProjectMember member) {
        writes++;
        return members.replace(new MemberKey(member.projectId(), member.userId()), member) != null;
    }

    @Override
    public boolean deleteMember(ProjectId projectId, UserId userId) {
        writes++;
        return members.remove(new MemberKey(projectId, userId)) != null;
    }

    // --- sessions

    @Override
    public Optional<Session> loadSession(SessionId id) {
        sessionReads++;
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public Optional<Session> loadSessionByRefreshTokenHash(String refreshTokenHash) {
        sessionReads++;
        return sessions.values().stream().filter(s -> s.refreshTokenHash().equals(refreshTokenHash)).findFirst();
    }

    @Override
    public void insertSession(Session session) {
        writes++;
        if (sessions.putIfAbsent(session.id(), session) != null) {
            throw new IllegalStateException("duplicate session " + session.id());
        }
    }

    @Override
    public void updateSession(Session session) {
        writes++;
        if (sessions.replace(session.id(), session) == null) {
            throw new IllegalStateException("no session " + session.id());
        }
    }

    @Override
    public boolean rotateSession(Session rotated, String previousRefreshTokenHash) {
        writes++;
        Session stored = sessions.get(rotated.id());
        if (stored == null || stored.isRevoked() || !stored.refreshTokenHash().equals(previousRefreshTokenHash)) {
            return false;
        }
        sessions.put(rotated.id(), rotated);
        return true;
    }

    // --- node

    @Override
    public String loadNodeId() {
        return nodeId;
    }
}
