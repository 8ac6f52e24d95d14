package cn.ecc.core.internal.security;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.common.AccessDeniedException;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Violation;
import cn.ecc.api.security.AccountLockedException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.AuthenticationException;
import cn.ecc.api.security.Authenticator;
import cn.ecc.api.security.IssuedToken;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAccount;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.security.StaffMember;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff accounts in the core's tables: the directory every area reads, account administration, and the
 * login check behind REST and the Karaf JAAS realm. Configuration PID {@code ecc.security}.
 */
@Component(service = {StaffDirectory.class, StaffAdmin.class, Authenticator.class}, configurationPid = "ecc.security")
@Designate(ocd = SecurityConfig.class)
public class Accounts implements StaffDirectory, StaffAdmin, Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final String BAD_LOGIN = "用户名或密码错误";
    private static final String EXPIRED = "登录已失效，请重新登录";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int MAX_PASSWORD = 128;
    /** Unknown usernames whose failures are counted in memory, so that a lockout does not tell who exists. */
    private static final int MAX_TRACKED_UNKNOWN = 10_000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final Transactions tx;
    private final EccClock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHasher hasher = new PasswordHasher(random);
    private final CredentialCache cache = new CredentialCache(random);
    private final Map<String, UnknownFailures> unknownUsers = new ConcurrentHashMap<>();
    private final Path initialPasswordFile;
    private volatile Settings settings;
    /** A hash to verify against for unknown usernames, so that they take as long as known ones. */
    private volatile String dummyHash;
    private BundleTracker<Bundle> defaultsTracker;

    private record UnknownFailures(int count, Instant lockedUntil) {
    }

    @Activate
    public Accounts(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa, @Reference EccClock clock,
            @Reference AuditTrail audit, SecurityConfig config, BundleContext context) {
        this(new Transactions(jpa), clock, audit, Settings.of(config),
                InitialPassword.file(context.getProperty("karaf.data")));
        defaultsTracker = PermissionDefaults.track(context, this::applyDefaults);
        defaultsTracker.open();
    }

    Accounts(Transactions tx, EccClock clock, AuditTrail audit, Settings settings, Path initialPasswordFile) {
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
        this.initialPasswordFile = initialPasswordFile;
    }

    @Modified
    void modified(SecurityConfig config) {
        settings = Settings.of(config);
        cache.clear();
    }

    @Deactivate
    void deactivate() {
        if (defaultsTracker != null) {
            defaultsTracker.close();
        }
        cache.clear();
    }

    // ---------------------------------------------------------------- directory

    @Override
    public Optional<StaffMember> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return tx.read(em -> Optional.ofNullable(em.find(StaffEntity.class, normalize(username))).map(Accounts::member));
    }

    @Override
    public List<StaffMember> withRole(String role) {
        return tx.read(em -> em.createQuery("SELECT DISTINCT s FROM StaffEntity s JOIN s.roles r WHERE r = :role"
                + " AND s.active = TRUE ORDER BY s.username", StaffEntity.class).setParameter("role", role)
                .getResultList().stream().map(Accounts::member).toList());
    }

    @Override
    public Optional<Actor> actor(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String user = normalize(username);
        Instant now = clock.now();
        Optional<Actor> cached = cache.actor(user, now);
        if (cached.isPresent()) {
            return cached;
        }
        long generation = cache.generation();
        Optional<Actor> actor = tx.read(em -> loadActor(em, user));
        actor.ifPresent(a -> cache.rememberActor(a, now.plus(settings.cacheFor()), generation));
        return actor;
    }

    private static Optional<Actor> loadActor(EntityManager em, String username) {
        StaffEntity s = em.find(StaffEntity.class, username);
        if (s == null || !s.active) {
            return Optional.empty();
        }
        Set<String> permissions = s.roles.isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                "SELECT rp.permission FROM RolePermissionEntity rp WHERE rp.role IN :roles", String.class)
                .setParameter("roles", List.copyOf(s.roles)).getResultList());
        return Optional.of(new Actor(s.username, s.name, s.roles, permissions));
    }

    // ---------------------------------------------------------------- authentication

    @Override
    public Actor authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank() || password.isEmpty()
                || password.length() > MAX_PASSWORD) {
            throw new AuthenticationException(BAD_LOGIN);
        }
        String user = normalize(username);
        Instant now = clock.now();
        Optional<Actor> known = cache.verified(user, password, now);
        if (known.isPresent()) {
            return known.get();
        }
        Settings s = settings;
        long generation = cache.generation();
        StaffEntity account = tx.read(em -> em.find(StaffEntity.class, user));
        if (account == null) {
            hasher.verify(dummyHash(), password);
            failUnknown(user, now, s);
            throw new AuthenticationException(BAD_LOGIN);
        }
        if (account.lockedUntil != null && account.lockedUntil.isAfter(now)) {
            throw locked(account.lockedUntil);
        }
        if (!hasher.verify(account.passwordHash, password)) {
            recordFailure(user, now, s);
            throw new AuthenticationException(BAD_LOGIN);
        }
        if (!account.active) {
            throw new AuthenticationException(BAD_LOGIN);
        }
        if (account.failedLogins > 0 || PasswordHasher.needsRehash(account.passwordHash, s.iterations())) {
            afterSuccess(user, password, s, account.passwordHash);
        }
        Actor actor = tx.read(em -> loadActor(em, user)).orElseThrow(() -> new AuthenticationException(BAD_LOGIN));
        cache.remember(user, password, actor, now.plus(s.cacheFor()), generation);
        return actor;
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null || PasswordHasher.needsRehash(h, settings.iterations())) {
            h = hasher.hash(Long.toString(random.nextLong()), settings.iterations());
            dummyHash = h;
        }
        return h;
    }

    /** Counts a failure in a transaction of its own (the caller's fails), and locks at the limit. */
    private void recordFailure(String username, Instant now, Settings s) {
        Instant lockedUntil = tx.requiresNew(em -> {
            StaffEntity a = em.find(StaffEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                return null;
            }
            a.failedLogins++;
            if (a.failedLogins < s.maxFailedLogins()) {
                return null;
            }
            int failures = a.failedLogins;
            a.failedLogins = 0;
            a.lockedUntil = now.plus(s.lockFor());
            em.flush();
            audit.record(new AuditEntry(Actor.SYSTEM_USERNAME, "staff.lock", "staff", username, null, Map.of(),
                    Map.of("lockedUntil", a.lockedUntil.toString(), "failedLogins", failures)));
            return a.lockedUntil;
        });
        if (lockedUntil != null) {
            cache.invalidate(username);
            LOG.warn("Account {} locked until {} after {} failed logins", username, lockedUntil, s.maxFailedLogins());
            throw locked(lockedUntil);
        }
        LOG.info("Failed login for account {}", username);
    }

    private void failUnknown(String username, Instant now, Settings s) {
        if (unknownUsers.size() >= MAX_TRACKED_UNKNOWN) {
            unknownUsers.clear();
        }
        UnknownFailures f = unknownUsers.compute(username, (u, old) -> {
            if (old != null && old.lockedUntil() != null && old.lockedUntil().isAfter(now)) {
                return old;
            }
            int count = (old == null || old.lockedUntil() != null ? 0 : old.count()) + 1;
            return count >= s.maxFailedLogins() ? new UnknownFailures(0, now.plus(s.lockFor()))
                    : new UnknownFailures(count, null);
        });
        LOG.info("Failed login for unknown account {}", username);
        if (f.lockedUntil() != null) {
            throw locked(f.lockedUntil());
        }
    }

    private void afterSuccess(String username, String password, Settings s, String storedHash) {
        String rehash = PasswordHasher.needsRehash(storedHash, s.iterations()) ? hasher.hash(password, s.iterations())
                : null;
        tx.requiresNew(em -> {
            StaffEntity a = em.find(StaffEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
            a.failedLogins = 0;
            if (rehash != null) {
                a.passwordHash = rehash;
            }
            return null;
        });
    }

    private AccountLockedException locked(Instant until) {
        String when = LocalDateTime.ofInstant(until, clock.zone()).format(HH_MM);
        return new AccountLockedException("登录失败次数过多，账户已锁定至 " + when + "，请届时重试或联系系统管理员解锁", until);
    }

    @Override
    public IssuedToken issueToken(String username, String password) {
        Actor actor = authenticate(username, password);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.now();
        Instant expires = now.plus(settings.tokenFor());
        tx.required(em -> {
            // expired tokens go here rather than on a schedule: issuing is rare and this stays one statement
            em.createQuery("DELETE FROM TokenEntity t WHERE t.expiresAt < :now").setParameter("now", now)
                    .executeUpdate();
            em.persist(new TokenEntity(sha256(token), actor.username(), now, expires));
            return null;
        });
        return new IssuedToken(token, expires, actor);
    }

    @Override
    public Actor authenticateToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new AuthenticationException(EXPIRED);
        }
        String hash = sha256(token.strip());
        TokenEntity t = tx.read(em -> em.find(TokenEntity.class, hash));
        if (t == null || !clock.now().isBefore(t.expiresAt)) {
            throw new AuthenticationException(EXPIRED);
        }
        return actor(t.username).orElseThrow(() -> new AuthenticationException(EXPIRED));
    }

    @Override
    public void revokeToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return;
        }
        String hash = sha256(token.strip());
        tx.required(em -> em.createQuery("DELETE FROM TokenEntity t WHERE t.tokenHash = :h").setParameter("h", hash)
                .executeUpdate());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // ---------------------------------------------------------------- administration

    @Override
    public StaffMember add(NewStaffMember m, String password, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        if (m == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        String username = m.username() == null ? null : normalize(m.username());
        List<Violation> violations = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches() || Actor.SYSTEM_USERNAME.equals(username)) {
            violations.add(new Violation("username", "账号须为 2–64 位小写字母、数字、点、下划线或连字符，以字母开头（不能是 system）"));
        }
        if (m.name() == null || m.name().isBlank() || m.name().strip().length() > 50) {
            violations.add(new Violation("name", "姓名必须填写，不超过 50 字"));
        }
        if (m.team() != null && m.team().strip().length() > 50) {
            violations.add(new Violation("team", "不超过 50 字"));
        }
        violations.addAll(passwordViolations("password", password, username));
        Set<String> known = knownRoles();
        for (String role : m.roles()) {
            if (!known.contains(role)) {
                violations.add(new Violation("roles", "未知角色：" + role));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String hash = hasher.hash(password, settings.iterations());
        Instant now = clock.now();
        StaffMember created = tx.requiredUnique(em -> {
            if (em.find(StaffEntity.class, username) != null) {
                throw new ConflictException("账号 " + username + " 已存在");
            }
            StaffEntity s = new StaffEntity();
            s.username = username;
            s.name = m.name().strip();
            s.team = m.team() == null || m.team().isBlank() ? null : m.team().strip();
            s.active = true;
            s.passwordHash = hash;
            s.passwordChangedAt = now;
            s.createdAt = now;
            s.roles.addAll(m.roles());
            em.persist(s);
            em.flush();
            audit.record(new AuditEntry(actor.username(), "staff.create", "staff", username, null, Map.of(),
                    snapshot(s)));
            return member(s);
        }, () -> new ConflictException("账号 " + username + " 已存在"));
        LOG.info("Account {} created by {}", username, actor.username());
        return created;
    }

    @Override
    public StaffMember grantRole(String username, String role, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        if (role == null || !knownRoles().contains(role.strip())) {
            throw InvalidInputException.of("role", "未知角色：" + role);
        }
        return changeAccount(username, actor, "staff.role.grant", s -> s.roles.add(role.strip()));
    }

    @Override
    public StaffMember revokeRole(String username, String role, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        if (role == null || role.isBlank()) {
            throw InvalidInputException.of("role", "必须填写");
        }
        return changeAccount(username, actor, "staff.role.revoke", s -> {
            if (Roles.ADMIN.equals(role.strip()) && s.active && s.roles.contains(Roles.ADMIN)) {
                refuseLastAdmin();
            }
            s.roles.remove(role.strip());
        });
    }

    @Override
    public StaffMember setActive(String username, boolean active, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        StaffMember m = changeAccount(username, actor, active ? "staff.activate" : "staff.deactivate", s -> {
            if (!active && s.active && s.roles.contains(Roles.ADMIN)) {
                refuseLastAdmin();
            }
            s.active = active;
        });
        if (!active) {
            revokeTokensOf(m.username());
        }
        return m;
    }

    private void refuseLastAdmin() {
        long admins = tx.read(em -> em.createQuery("SELECT COUNT(s) FROM StaffEntity s JOIN s.roles r"
                + " WHERE r = :role AND s.active = TRUE", Long.class).setParameter("role", Roles.ADMIN)
                .getSingleResult());
        if (admins <= 1) {
            throw new ConflictException("须至少保留一名在职的系统管理员");
        }
    }

    /** Applies a change to one account in a transaction, audits it with the fields that changed. */
    private StaffMember changeAccount(String username, Actor actor, String action,
            java.util.function.Consumer<StaffEntity> change) {
        String user = normalize(username);
        StaffMember m = tx.required(em -> {
            StaffEntity s = lockAccount(em, user);
            Map<String, Object> before = snapshot(s);
            change.accept(s);
            em.flush();
            Map<String, Object> after = snapshot(s);
            audit.record(new AuditEntry(actor.username(), action, "staff", user, null, diff(before, after),
                    diff(after, before)));
            return member(s);
        });
        cache.invalidate(user);
        return m;
    }

    @Override
    public void resetPassword(String username, String newPassword, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        String user = normalize(username);
        refuseBadPassword("password", newPassword, user);
        setPassword(user, newPassword, actor, "staff.password.reset");
    }

    @Override
    public void changeOwnPassword(String currentPassword, String newPassword, Actor actor) {
        if (actor.isSystem()) {
            throw new AccessDeniedException("系统身份没有密码");
        }
        String user = actor.username();
        try {
            // outside any transaction: a wrong password is counted towards the lockout and must stay counted
            authenticate(user, currentPassword);
        } catch (AccountLockedException e) {
            throw e;
        } catch (AuthenticationException e) {
            throw InvalidInputException.of("currentPassword", "当前密码不正确");
        }
        refuseBadPassword("newPassword", newPassword, user);
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("newPassword", "新密码不能与当前密码相同");
        }
        setPassword(user, newPassword, actor, "staff.password.change");
    }

    private void setPassword(String username, String password, Actor actor, String action) {
        String hash = hasher.hash(password, settings.iterations());
        Instant now = clock.now();
        tx.required(em -> {
            StaffEntity s = lockAccount(em, username);
            s.passwordHash = hash;
            s.passwordChangedAt = now;
            s.failedLogins = 0;
            s.lockedUntil = null;
            em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u").setParameter("u", username)
                    .executeUpdate();
            em.flush();
            // what changed is that it changed: never the password or its hash
            audit.record(new AuditEntry(actor.username(), action, "staff", username, null, Map.of(),
                    Map.of("passwordChangedAt", now.toString())));
            return null;
        });
        cache.invalidate(username);
        LOG.info("Password of account {} set by {}", username, actor.username());
        if (InitialPassword.FIRST_ADMIN.equals(username) && initialPasswordFile != null) {
            try {
                if (Files.deleteIfExists(initialPasswordFile)) {
                    LOG.info("Deleted {}: the first administrator's password has been changed", initialPasswordFile);
                }
            } catch (IOException e) {
                LOG.warn("Cannot delete {}; delete it by hand", initialPasswordFile, e);
            }
        }
    }

    @Override
    public void unlock(String username, Actor actor) {
        actor.require(Permissions.STAFF_MANAGE);
        changeAccount(username, actor, "staff.unlock", s -> {
            s.failedLogins = 0;
            s.lockedUntil = null;
        });
    }

    private void revokeTokensOf(String username) {
        tx.required(em -> em.createQuery("DELETE FROM TokenEntity t WHERE t.username = :u").setParameter("u", username)
                .executeUpdate());
    }

    @Override
    public List<StaffAccount> list(String role, String team, boolean includeInactive, Actor actor) {
        actor.require(Permissions.STAFF_READ);
        boolean admin = actor.can(Permissions.STAFF_MANAGE);
        StringBuilder q = new StringBuilder("SELECT DISTINCT s FROM StaffEntity s");
        Map<String, Object> params = new LinkedHashMap<>();
        if (role != null && !role.isBlank()) {
            q.append(" JOIN s.roles r WHERE r = :role");
            params.put("role", role.strip());
        } else {
            q.append(" WHERE 1 = 1");
        }
        if (team != null && !team.isBlank()) {
            q.append(" AND s.team = :team");
            params.put("team", team.strip());
        }
        if (!includeInactive) {
            q.append(" AND s.active = TRUE");
        }
        q.append(" ORDER BY s.username");
        return tx.read(em -> {
            TypedQuery<StaffEntity> query = em.createQuery(q.toString(), StaffEntity.class);
            params.forEach(query::setParameter);
            Instant now = clock.now();
            return query.getResultList().stream().map(s -> new StaffAccount(member(s),
                    admin && s.lockedUntil != null && s.lockedUntil.isAfter(now) ? s.lockedUntil : null,
                    admin ? s.passwordChangedAt : null, s.createdAt)).toList();
        });
    }

    // ---------------------------------------------------------------- role-permission table

    @Override
    public Map<String, Set<String>> rolePermissions(Actor actor) {
        actor.require(Permissions.STAFF_READ);
        Map<String, Set<String>> table = new TreeMap<>();
        Roles.ALL.forEach(r -> table.put(r, new TreeSet<>()));
        tx.read(em -> em.createQuery("SELECT rp FROM RolePermissionEntity rp", RolePermissionEntity.class)
                .getResultList()).forEach(rp -> table.computeIfAbsent(rp.role, r -> new TreeSet<>()).add(rp.permission));
        return table;
    }

    @Override
    public void grantPermission(String role, String permission, Actor actor) {
        actor.require(Permissions.PERMISSION_MANAGE);
        String r = checkRole(role);
        String p = checkPermission(permission);
        Instant now = clock.now();
        tx.required(em -> {
            if (em.find(KnownPermissionEntity.class, p) == null) {
                em.persist(new KnownPermissionEntity(p, "court", now));
            }
            if (em.find(RolePermissionEntity.class, new RolePermissionEntity.Key(r, p)) == null) {
                em.persist(new RolePermissionEntity(r, p));
                em.flush();
                audit.record(new AuditEntry(actor.username(), "permission.grant", "role", r, null, Map.of(),
                        Map.of("permission", p)));
            }
            return null;
        });
        cache.clear();
    }

    @Override
    public void revokePermission(String role, String permission, Actor actor) {
        actor.require(Permissions.PERMISSION_MANAGE);
        String r = checkRole(role);
        String p = checkPermission(permission);
        if (Roles.ADMIN.equals(r) && (Permissions.STAFF_MANAGE.equals(p) || Permissions.PERMISSION_MANAGE.equals(p))) {
            throw new ConflictException("系统管理员角色必须保留 " + p + "，否则无人能再管理账户和权限");
        }
        tx.required(em -> {
            RolePermissionEntity rp = em.find(RolePermissionEntity.class, new RolePermissionEntity.Key(r, p));
            if (rp != null) {
                em.remove(rp);
                em.flush();
                audit.record(new AuditEntry(actor.username(), "permission.revoke", "role", r, null,
                        Map.of("permission", p), Map.of()));
            }
            return null;
        });
        cache.clear();
    }

    /**
     * Grants the shipped defaults of permissions the table does not know yet; permissions it knows keep the
     * court's grants (so a revoked default stays revoked across restarts and upgrades).
     */
    void applyDefaults(String source, Map<String, Set<String>> defaults) {
        Instant now = clock.now();
        List<String> added = tx.required(em -> {
            List<String> introduced = new ArrayList<>();
            for (Map.Entry<String, Set<String>> d : new TreeMap<>(defaults).entrySet()) {
                if (em.find(KnownPermissionEntity.class, d.getKey()) != null) {
                    continue;
                }
                em.persist(new KnownPermissionEntity(d.getKey(), source, now));
                for (String role : d.getValue()) {
                    if (em.find(RolePermissionEntity.class, new RolePermissionEntity.Key(role, d.getKey())) == null) {
                        em.persist(new RolePermissionEntity(role, d.getKey()));
                    }
                }
                introduced.add(d.getKey() + "=" + String.join(",", new TreeSet<>(d.getValue())));
            }
            if (!introduced.isEmpty()) {
                em.flush();
                audit.record(new AuditEntry(Actor.SYSTEM_USERNAME, "permission.defaults", "bundle", source, null,
                        Map.of(), Map.of("granted", introduced)));
            }
            return introduced;
        });
        if (!added.isEmpty()) {
            cache.clear();
            LOG.info("Granted the default roles of {} new permissions from {}", added.size(), source);
        }
    }

    private Set<String> knownRoles() {
        Set<String> roles = new HashSet<>(Roles.ALL);
        roles.addAll(tx.read(em -> em.createQuery("SELECT DISTINCT rp.role FROM RolePermissionEntity rp", String.class)
                .getResultList()));
        return roles;
    }

    private static String checkRole(String role) {
        if (role == null || !PermissionDefaults.ROLE.matcher(role.strip()).matches()) {
            throw InvalidInputException.of("role", "角色标识须为小写字母、数字或连字符，以字母开头");
        }
        return role.strip();
    }

    private static String checkPermission(String permission) {
        if (permission == null || !PermissionDefaults.PERMISSION.matcher(permission.strip()).matches()) {
            throw InvalidInputException.of("permission", "权限名形如 case.read（小写，以点分隔）");
        }
        return permission.strip();
    }

    // ---------------------------------------------------------------- passwords

    @Override
    public String generatePassword() {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
            }
            String p = sb.toString();
            if (p.chars().anyMatch(Character::isDigit) && p.chars().anyMatch(Character::isLetter)) {
                return p;
            }
        }
    }

    private void refuseBadPassword(String field, String password, String username) {
        List<Violation> v = passwordViolations(field, password, username);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private List<Violation> passwordViolations(String field, String password, String username) {
        int min = settings.minPasswordLength();
        if (password == null || password.length() < min || password.length() > MAX_PASSWORD) {
            return List.of(new Violation(field, "密码长度须为 " + min + "–" + MAX_PASSWORD + " 个字符"));
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            return List.of(new Violation(field, "密码过于简单"));
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            return List.of(new Violation(field, "密码不能包含账号"));
        }
        return List.of();
    }

    // ---------------------------------------------------------------- helpers

    static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static StaffEntity lockAccount(EntityManager em, String username) {
        StaffEntity s = em.find(StaffEntity.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("账号 " + username + " 不存在");
        }
        return s;
    }

    static StaffMember member(StaffEntity s) {
        return new StaffMember(s.username, s.name, s.team, s.roles, s.active);
    }

    private static Map<String, Object> snapshot(StaffEntity s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.username);
        m.put("name", s.name);
        m.put("team", s.team);
        m.put("roles", new TreeSet<>(s.roles).stream().toList());
        m.put("active", s.active);
        m.put("lockedUntil", s.lockedUntil == null ? null : s.lockedUntil.toString());
        return m;
    }

    /** The entries of {@code a} whose values differ in {@code b}. */
    private static Map<String, Object> diff(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> d = new LinkedHashMap<>();
        a.forEach((k, v) -> {
            if (!java.util.Objects.equals(v, b.get(k))) {
                d.put(k, v);
            }
        });
        return d;
    }
}
