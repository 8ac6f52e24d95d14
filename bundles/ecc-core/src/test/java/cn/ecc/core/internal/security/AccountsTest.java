package cn.ecc.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecc.api.audit.AuditQuery;
import cn.ecc.api.audit.AuditRecord;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.security.AccountLockedException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.AuthenticationException;
import cn.ecc.api.security.IssuedToken;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAccount;
import cn.ecc.api.security.StaffMember;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountsTest {

    static final String PASSWORD = "Tongbai-2026!";

    private final SecurityFixture f = new SecurityFixture();
    private final Accounts accounts = f.accounts;
    private final Actor system = Actor.system();

    @AfterEach
    void tearDown() {
        f.close();
    }

    private StaffMember add(String username, String... roles) {
        return accounts.add(new NewStaffMember(username, "测试" + username, "综合管理组", Set.of(roles)), PASSWORD, system);
    }

    /** Replaces the stored hash behind the service's back, to see whether it is read. */
    private void overwriteHashInDatabase(String username) {
        f.jpa.txExpr(em -> em.createNativeQuery("UPDATE ECC_STAFF SET PASSWORD_HASH = 'x' WHERE USERNAME = ?")
                .setParameter(1, username).executeUpdate());
    }

    @Test
    void aLoginAnswersTheActorWithThePermissionsOfItsRoles() {
        add("songyu", Roles.CLERK);
        Actor a = accounts.authenticate("songyu", PASSWORD);
        assertThat(a.username()).isEqualTo("songyu");
        assertThat(a.displayName()).isEqualTo("测试songyu");
        assertThat(a.roles()).containsExactly(Roles.CLERK);
        assertThat(a.permissions()).contains(Permissions.CASE_CREATE, Permissions.CASE_ASSIGN)
                .doesNotContain(Permissions.STAFF_MANAGE, Permissions.AUDIT_READ);
        // user names are case-insensitive, as people type them
        assertThat(accounts.authenticate(" SongYu ", PASSWORD).username()).isEqualTo("songyu");
    }

    @Test
    void wrongPasswordsUnknownUsersAndInactiveAccountsAllAnswerTheSame() {
        add("songyu", Roles.CLERK);
        String wrong = messageOf(() -> accounts.authenticate("songyu", "wrong-password-1"));
        String unknown = messageOf(() -> accounts.authenticate("nobody", PASSWORD));
        accounts.setActive("songyu", false, system);
        String inactive = messageOf(() -> accounts.authenticate("songyu", PASSWORD));
        assertThat(wrong).isEqualTo(unknown).isEqualTo(inactive).isEqualTo("用户名或密码错误");
        assertThat(accounts.actor("songyu")).isEmpty();
        assertThat(accounts.find("songyu")).map(StaffMember::active).contains(false);
    }

    private static String messageOf(Runnable r) {
        try {
            r.run();
        } catch (AuthenticationException e) {
            return e.getMessage();
        }
        throw new AssertionError("no AuthenticationException");
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhileWhateverThePassword() {
        add("songyu", Roles.CLERK);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> accounts.authenticate("songyu", "wrong-password-1"))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> accounts.authenticate("songyu", "wrong-password-1"))
                .isInstanceOf(AccountLockedException.class).hasMessageContaining("账户已锁定");
        // the right password does not open a locked account
        assertThatThrownBy(() -> accounts.authenticate("songyu", PASSWORD)).isInstanceOf(AccountLockedException.class);
        assertThat(accounts.list(null, null, false, system)).filteredOn(a -> a.member().username().equals("songyu"))
                .singleElement().satisfies(a -> assertThat(a.lockedUntil()).isNotNull());

        f.clock.advance(Duration.ofMinutes(16));
        assertThat(accounts.authenticate("songyu", PASSWORD).username()).isEqualTo("songyu");

        List<AuditRecord> locks = f.audit.search(new AuditQuery(null, null, "staff.lock", null, "songyu", null, null,
                null), system).items();
        assertThat(locks).singleElement().satisfies(r -> assertThat(r.actor()).isEqualTo(Actor.SYSTEM_USERNAME));
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        add("songyu", Roles.CLERK);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> accounts.authenticate("songyu", "wrong-password-1"))
                        .isExactlyInstanceOf(AuthenticationException.class);
            }
            f.clock.advance(Duration.ofMinutes(3)); // past the credential cache
            accounts.authenticate("songyu", PASSWORD);
        }
    }

    @Test
    void anAdministratorUnlocks() {
        add("songyu", Roles.CLERK);
        for (int i = 0; i < 5; i++) {
            try {
                accounts.authenticate("songyu", "wrong-password-1");
            } catch (AuthenticationException e) {
                // counted
            }
        }
        assertThatThrownBy(() -> accounts.authenticate("songyu", PASSWORD)).isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> accounts.unlock("songyu", accounts.authenticate("songyu", PASSWORD)))
                .isInstanceOf(AccountLockedException.class);
        accounts.unlock("songyu", system);
        assertThat(accounts.authenticate("songyu", PASSWORD).username()).isEqualTo("songyu");
    }

    @Test
    void unknownUsernamesLockToo() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> accounts.authenticate("ghost", PASSWORD))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> accounts.authenticate("ghost", PASSWORD)).isInstanceOf(AccountLockedException.class);
    }

    @Test
    void verifiedCredentialsAreCachedUntilTheyExpireOrChange() {
        add("songyu", Roles.CLERK);
        accounts.authenticate("songyu", PASSWORD);
        overwriteHashInDatabase("songyu");
        // served from the cache: the stored hash is not read again
        assertThat(accounts.authenticate("songyu", PASSWORD).username()).isEqualTo("songyu");
        // a different password is never answered from the cache
        assertThatThrownBy(() -> accounts.authenticate("songyu", "another-password-9"))
                .isInstanceOf(AuthenticationException.class);

        f.clock.advance(Duration.ofSeconds(121));
        assertThatThrownBy(() -> accounts.authenticate("songyu", PASSWORD)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aPasswordResetDropsTheCachedCredentials() {
        add("songyu", Roles.CLERK);
        accounts.authenticate("songyu", PASSWORD);
        accounts.resetPassword("songyu", "New-password-22", system);
        assertThatThrownBy(() -> accounts.authenticate("songyu", PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(accounts.authenticate("songyu", "New-password-22").username()).isEqualTo("songyu");
    }

    @Test
    void aRoleChangeTakesEffectAtOnce() {
        add("chenlin", Roles.JUDGE);
        assertThat(accounts.authenticate("chenlin", PASSWORD).can(Permissions.CASE_CREATE)).isFalse();
        accounts.grantRole("chenlin", Roles.CLERK, system);
        assertThat(accounts.authenticate("chenlin", PASSWORD).can(Permissions.CASE_CREATE)).isTrue();
        assertThat(accounts.actor("chenlin").orElseThrow().roles()).contains(Roles.JUDGE, Roles.CLERK);
        accounts.revokeRole("chenlin", Roles.CLERK, system);
        assertThat(accounts.authenticate("chenlin", PASSWORD).can(Permissions.CASE_CREATE)).isFalse();
    }

    @Test
    void tokensLogInUntilTheyExpireOrAreRevoked() {
        add("songyu", Roles.CLERK);
        IssuedToken t = accounts.issueToken("songyu", PASSWORD);
        assertThat(t.token()).hasSizeGreaterThan(40);
        assertThat(accounts.authenticateToken(t.token()).username()).isEqualTo("songyu");
        // only the token's hash is stored
        Long stored = f.jpa.txExpr(em -> (Long) em.createQuery("SELECT COUNT(t) FROM TokenEntity t WHERE t.tokenHash = :h")
                .setParameter("h", t.token()).getSingleResult());
        assertThat(stored).isZero();

        accounts.revokeToken(t.token());
        assertThatThrownBy(() -> accounts.authenticateToken(t.token())).isInstanceOf(AuthenticationException.class);

        IssuedToken second = accounts.issueToken("songyu", PASSWORD);
        f.clock.advance(Duration.ofHours(8).plusSeconds(1));
        assertThatThrownBy(() -> accounts.authenticateToken(second.token()))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> accounts.authenticateToken("made-up")).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> accounts.issueToken("songyu", "wrong-password-1"))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aPasswordChangeOrDeactivationRevokesTheTokens() {
        add("songyu", Roles.CLERK);
        IssuedToken t = accounts.issueToken("songyu", PASSWORD);
        accounts.resetPassword("songyu", "New-password-22", system);
        assertThatThrownBy(() -> accounts.authenticateToken(t.token())).isInstanceOf(AuthenticationException.class);
        IssuedToken u = accounts.issueToken("songyu", "New-password-22");
        accounts.setActive("songyu", false, system);
        assertThatThrownBy(() -> accounts.authenticateToken(u.token())).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void newAccountsAreCheckedFieldByField() {
        assertThatThrownBy(() -> accounts.add(new NewStaffMember("X y", " ", null, Set.of("wizard")), "short", system))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactlyInAnyOrder("username", "name", "password", "roles"));
        assertThatThrownBy(() -> accounts.add(new NewStaffMember("songyu", "宋雨", null, Set.of()), "songyu-password", system))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly("密码不能包含账号"));
        assertThatThrownBy(() -> accounts.add(new NewStaffMember("system", "系统", null, Set.of()), PASSWORD, system))
                .isInstanceOf(InvalidInputException.class);
        add("songyu", Roles.CLERK);
        assertThatThrownBy(() -> add("songyu", Roles.JUDGE)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        add("songyu", Roles.CLERK);
        Actor clerk = accounts.authenticate("songyu", PASSWORD);
        assertThatThrownBy(() -> accounts.add(new NewStaffMember("x1", "某", null, Set.of()), PASSWORD, clerk))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.grantRole("songyu", Roles.ADMIN, clerk)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword("songyu", "New-password-22", clerk))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.grantPermission(Roles.CLERK, Permissions.AUDIT_READ, clerk))
                .isInstanceOf(AccessDeniedException.class);

        add("admin", Roles.ADMIN);
        Actor admin = accounts.authenticate("admin", PASSWORD);
        assertThat(admin.permissions()).contains(Permissions.STAFF_MANAGE, Permissions.PERMISSION_MANAGE)
                .doesNotContain(Permissions.CASE_READ, Permissions.CASE_CREATE);
        accounts.grantRole("songyu", Roles.JUDGE, admin);
        assertThat(accounts.find("songyu").orElseThrow().roles()).contains(Roles.JUDGE);
    }

    @Test
    void theLastAdministratorStays() {
        add("admin", Roles.ADMIN);
        assertThatThrownBy(() -> accounts.revokeRole("admin", Roles.ADMIN, system)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accounts.setActive("admin", false, system)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> accounts.revokePermission(Roles.ADMIN, Permissions.STAFF_MANAGE, system))
                .isInstanceOf(ConflictException.class);
        add("admin2", Roles.ADMIN);
        accounts.revokeRole("admin", Roles.ADMIN, system);
        assertThat(accounts.withRole(Roles.ADMIN)).extracting(StaffMember::username).containsExactly("admin2");
    }

    @Test
    void theRolePermissionTableIsDataTheCourtChanges() {
        add("jiangtao", Roles.INSPECTOR);
        assertThat(accounts.authenticate("jiangtao", PASSWORD).can(Permissions.AUDIT_READ)).isTrue();
        accounts.revokePermission(Roles.INSPECTOR, Permissions.AUDIT_READ, system);
        assertThat(accounts.authenticate("jiangtao", PASSWORD).can(Permissions.AUDIT_READ)).isFalse();
        accounts.grantPermission("spot-checker", "duty.log.read", system);
        assertThat(accounts.rolePermissions(system)).containsEntry("spot-checker", Set.of("duty.log.read"));
        accounts.grantRole("jiangtao", "spot-checker", system);
        assertThat(accounts.authenticate("jiangtao", PASSWORD).can("duty.log.read")).isTrue();
        assertThatThrownBy(() -> accounts.grantPermission(Roles.CLERK, "NotAPermission", system))
                .isInstanceOf(InvalidInputException.class);

        // the shipped defaults again (a restart): the revoked default stays revoked, a new permission gets its roles
        accounts.applyDefaults("cn.ecc.core", Map.of(Permissions.AUDIT_READ, Set.of(Roles.INSPECTOR),
                "node.read", Set.of(Roles.INSPECTOR, Roles.JUDGE)));
        Actor inspector = accounts.authenticate("jiangtao", PASSWORD);
        assertThat(inspector.can(Permissions.AUDIT_READ)).isFalse();
        assertThat(inspector.can("node.read")).isTrue();
    }

    @Test
    void theShippedDefaultsNameOnlyTheProductsRoles() throws Exception {
        try (InputStream in = Accounts.class.getClassLoader().getResourceAsStream(PermissionDefaults.RESOURCE)) {
            Map<String, Set<String>> defaults = PermissionDefaults.parse(in);
            assertThat(defaults.values().stream().flatMap(Set::stream)).allMatch(Roles.ALL::contains);
            assertThat(defaults).containsKeys(Permissions.CASE_READ, Permissions.CASE_CREATE, Permissions.CASE_UPDATE,
                    Permissions.CASE_ASSIGN, Permissions.PARTY_PERSONAL_READ, Permissions.STAFF_READ,
                    Permissions.STAFF_MANAGE, Permissions.PERMISSION_MANAGE, Permissions.APPROVAL_REQUEST,
                    Permissions.APPROVAL_READ, Permissions.AUDIT_READ, Permissions.AUDIT_VERIFY, Permissions.DEMO_LOAD);
            assertThat(defaults.get(Permissions.CASE_READ)).doesNotContain(Roles.ADMIN);
            assertThat(defaults.get(Permissions.PARTY_PERSONAL_READ)).doesNotContain(Roles.PUBLICITY, Roles.INSPECTOR);
        }
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        add("songyu", Roles.CLERK);
        Actor me = accounts.authenticate("songyu", PASSWORD);
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong-password-1", "New-password-22", me))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> accounts.changeOwnPassword(PASSWORD, PASSWORD, me))
                .isInstanceOf(InvalidInputException.class);
        accounts.changeOwnPassword(PASSWORD, "New-password-22", me);
        assertThat(accounts.authenticate("songyu", "New-password-22").username()).isEqualTo("songyu");
    }

    @Test
    void accountChangesAreAuditedWithoutPasswords() {
        add("songyu", Roles.CLERK);
        accounts.grantRole("songyu", Roles.JUDGE, system);
        accounts.resetPassword("songyu", "New-password-22", system);
        List<AuditRecord> trail = f.audit.search(new AuditQuery(null, null, "staff.", "staff", "songyu", null, null,
                null), system).items();
        assertThat(trail).extracting(AuditRecord::action).containsExactly("staff.password.reset", "staff.role.grant",
                "staff.create");
        assertThat(trail.get(1).before()).containsEntry("roles", List.of(Roles.CLERK));
        assertThat(trail.get(1).after()).containsEntry("roles", List.of(Roles.CLERK, Roles.JUDGE));
        assertThat(trail.toString()).doesNotContain(PASSWORD).doesNotContain("New-password-22")
                .doesNotContain("pbkdf2");
    }

    @Test
    void listsShowLockStateToAdministratorsOnly() {
        add("songyu", Roles.CLERK);
        add("chenlin", Roles.JUDGE);
        Actor clerk = accounts.authenticate("songyu", PASSWORD);
        List<StaffAccount> judges = accounts.list(Roles.JUDGE, null, false, clerk);
        assertThat(judges).extracting(a -> a.member().username()).containsExactly("chenlin");
        assertThat(judges.get(0).passwordChangedAt()).isNull();
        assertThat(accounts.list(null, "综合管理组", false, system)).hasSize(2)
                .allSatisfy(a -> assertThat(a.passwordChangedAt()).isNotNull());
    }

    @Test
    void generatedPasswordsMeetTheRules() {
        for (int i = 0; i < 20; i++) {
            String p = accounts.generatePassword();
            accounts.add(new NewStaffMember("user" + i, "某", null, Set.of()), p, system);
            assertThat(accounts.authenticate("user" + i, p).username()).isEqualTo("user" + i);
        }
    }
}
