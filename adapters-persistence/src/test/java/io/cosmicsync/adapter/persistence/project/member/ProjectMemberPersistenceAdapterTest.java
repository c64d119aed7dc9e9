package io.cosmicsync.adapter.persistence.project.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cosmicsync.adapter.persistence.PostgresTest;
import io.cosmicsync.adapter.persistence.TestData;
import io.cosmicsync.adapter.persistence.common.StorageException;
import io.cosmicsync.application.common.port.out.TransactionPort;
import io.cosmicsync.application.project.member.port.out.LoadProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.LockProjectMembersPort;
import io.cosmicsync.application.project.member.port.out.SaveProjectMembersPort;
import io.cosmicsync.application.project.port.out.SaveProjectPort;
import io.cosmicsync.application.user.port.out.SaveUserPort;
import io.cosmicsync.domain.project.Project;
import io.cosmicsync.domain.project.ProjectId;
import io.cosmicsync.domain.project.ProjectMember;
import io.cosmicsync.domain.project.ProjectMembers;
import io.cosmicsync.domain.project.ProjectRole;
import io.cosmicsync.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ProjectMemberPersistenceAdapterTest extends PostgresTest {

    @Inject
    LoadProjectMembersPort loadMembers;
    @Inject
    LockProjectMembersPort lockMembers;
    @Inject
    SaveProjectMembersPort saveMembers;
    @Inject
    SaveProjectPort saveProject;
    @Inject
    SaveUserPort saveUser;
    @Inject
    TransactionPort transactions;

    private UserId ada;
    private UserId bob;
    private Project project;
    private Instant t0;

    @BeforeEach
    void projectOfAda() {
        ada = insertUser("ada");
        bob = insertUser("bob");
        t0 = TestData.now();
        project = Project.create("Orbit", "", ada, t0);
        saveProject.insertProject(project);
        saveMembers.insertMember(ProjectMember.creatorOf(project));
    }

    private UserId insertUser(String name) {
        var user = TestData.user(name, name + "@example.org");
        saveUser.insertUser(user);
        return user.id();
    }

    @Test
    void stores_a_membership_and_reads_back_every_field_and_the_role() {
        ProjectMember bobs = new ProjectMember(project.id(), bob, ProjectRole.VIEWER, t0.plusSeconds(1));

        assertThat(saveMembers.insertMember(bobs)).isTrue();

        assertThat(loadMembers.loadMembers(project.id()))
                .containsExactly(ProjectMember.creatorOf(project), bobs);
        assertThat(loadMembers.loadRole(project.id(), bob)).contains(ProjectRole.VIEWER);
        assertThat(loadMembers.loadRole(project.id(), UserId.random())).isEmpty();
        assertThat(loadMembers.loadRole(ProjectId.random(), ada)).isEmpty();
    }

    @Test
    void a_second_membership_of_the_same_user_is_not_stored() {
        assertThat(saveMembers.insertMember(new ProjectMember(project.id(), ada, ProjectRole.VIEWER, t0))).isFalse();

        assertThat(loadMembers.loadRole(project.id(), ada)).contains(ProjectRole.OWNER);
    }

    @Test
    void changes_a_role_and_says_whether_there_was_a_membership() {
        saveMembers.insertMember(new ProjectMember(project.id(), bob, ProjectRole.VIEWER, t0));

        assertThat(saveMembers.updateMember(new ProjectMember(project.id(), bob, ProjectRole.EDITOR, t0))).isTrue();
        assertThat(saveMembers.updateMember(new ProjectMember(ProjectId.random(), bob, ProjectRole.EDITOR, t0)))
                .isFalse();
        assertThat(loadMembers.loadRole(project.id(), bob)).contains(ProjectRole.EDITOR);
    }

    @Test
    void removes_a_membership_once() {
        saveMembers.insertMember(new ProjectMember(project.id(), bob, ProjectRole.EDITOR, t0));

        assertThat(saveMembers.deleteMember(project.id(), bob)).isTrue();
        assertThat(saveMembers.deleteMember(project.id(), bob)).isFalse();
        assertThat(loadMembers.loadMembers(project.id())).containsExactly(ProjectMember.creatorOf(project));
    }

    @Test
    void deleting_a_project_deletes_its_memberships() {
        saveProject.deleteProject(project.id());

        assertThat(loadMembers.loadMembers(project.id())).isEmpty();
        assertThat(loadMembers.loadRole(project.id(), ada)).isEmpty();
    }

    @Test
    void a_membership_of_an_unknown_user_or_project_is_a_storage_failure() {
        assertThatThrownBy(() -> saveMembers.insertMember(
                new ProjectMember(project.id(), UserId.random(), ProjectRole.VIEWER, t0)))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> saveMembers.insertMember(
                new ProjectMember(ProjectId.random(), bob, ProjectRole.VIEWER, t0)))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void the_schema_refuses_a_role_it_does_not_know() {
        assertThatThrownBy(() -> jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                return statement.executeUpdate("UPDATE project_members SET role = 'admin'");
            }
        })).hasMessageContaining("project_members_role_check");
    }

    @Test
    void locking_returns_the_members_or_nothing_for_a_missing_project() {
        Optional<ProjectMembers> locked = transactions.inTransaction(() -> lockMembers.lockMembers(project.id()));
        Optional<ProjectMembers> missing = transactions.inTransaction(() -> lockMembers.lockMembers(ProjectId.random()));

        assertThat(locked).hasValueSatisfying(members ->
                assertThat(members.asList()).containsExactly(ProjectMember.creatorOf(project)));
        assertThat(missing).isEmpty();
    }

    @Test
    void a_second_transaction_waits_for_the_lock_and_then_sees_the_first_ones_change() throws Exception {
        CountDownLatch lockedByFirst = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            lockMembers.lockMembers(project.id());
            lockedByFirst.countDown();
            await(releaseFirst);
            saveMembers.insertMember(new ProjectMember(project.id(), bob, ProjectRole.OWNER, t0.plusSeconds(1)));
            return null;
        }));
        assertThat(lockedByFirst.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<List<ProjectMember>> second = CompletableFuture.supplyAsync(() ->
                transactions.inTransaction(() -> lockMembers.lockMembers(project.id()).orElseThrow().asList()));
        Thread.sleep(300);
        assertThat(second).isNotDone();
        releaseFirst.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).extracting(ProjectMember::userId).containsExactly(ada, bob);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
