package cn.ecc.core.internal.nodes;

import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.common.Violation;
import cn.ecc.api.notices.NewNotice;
import cn.ecc.api.notices.Notice;
import cn.ecc.api.notices.NoticeService;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.time.EccClock;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Inboxes in the core's persistence unit. An inbox is read by recipient key ({@code user:<name>} and
 * {@code role:<role>} for each of the reader's roles), one indexed IN list.
 */
@Component(service = NoticeService.class)
public class JpaNoticeService implements NoticeService {

    private final Transactions tx;
    private final EccClock clock;

    @Activate
    public JpaNoticeService(@Reference(target = "(osgi.unit.name=ecc-core)") JpaTemplate jpa,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) EccClock clock) {
        this(new Transactions(jpa), clock);
    }

    JpaNoticeService(Transactions tx, EccClock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    static String userKey(String username) {
        return "user:" + username;
    }

    static String roleKey(String role) {
        return "role:" + role;
    }

    @Override
    public Optional<Notice> send(NewNotice notice, Actor actor) {
        actor.require(Permissions.NOTICE_SEND);
        check(notice);
        return tx.required(em -> deliver(em, notice, clock.localNow()));
    }

    /**
     * Puts a notice in its inbox within the caller's transaction, unless the recipient has one with the same key.
     * The unique constraint on (recipient, key) backs the check up against a concurrent sender.
     */
    static Optional<Notice> deliver(EntityManager em, NewNotice notice, LocalDateTime now) {
        String recipientKey = notice.recipient() != null ? userKey(notice.recipient()) : roleKey(notice.role());
        String key = notice.key() == null ? UUID.randomUUID().toString() : notice.key();
        boolean sent = !em.createQuery("SELECT n.id FROM NoticeEntity n WHERE n.recipientKey = :r AND n.key = :k",
                Long.class).setParameter("r", recipientKey).setParameter("k", key).setMaxResults(1)
                .getResultList().isEmpty();
        if (sent) {
            return Optional.empty();
        }
        NoticeEntity n = new NoticeEntity();
        n.recipient = notice.recipient();
        n.role = notice.recipient() == null ? notice.role() : null;
        n.recipientKey = recipientKey;
        n.key = key;
        n.kind = notice.kind();
        n.title = notice.title();
        n.body = notice.body();
        n.caseId = notice.caseId();
        n.caseNumber = notice.caseNumber();
        n.nodeId = notice.nodeId();
        n.createdAt = now;
        em.persist(n);
        em.flush();
        return Optional.of(view(n));
    }

    private static void check(NewNotice n) {
        if (n == null) {
            throw InvalidInputException.of("", "请求内容不能为空");
        }
        List<Violation> v = new ArrayList<>();
        boolean person = n.recipient() != null && !n.recipient().isBlank();
        boolean role = n.role() != null && !n.role().isBlank();
        if (person == role) {
            v.add(new Violation("recipient", "收件人（recipient）与角色（role）须且只能填写一个"));
        }
        if (person && n.recipient().length() > 64) {
            v.add(new Violation("recipient", "最长 64 个字符"));
        }
        if (role && n.role().length() > 32) {
            v.add(new Violation("role", "最长 32 个字符"));
        }
        text(v, "kind", n.kind(), 64, true);
        text(v, "title", n.title(), 200, true);
        text(v, "body", n.body(), 1000, false);
        text(v, "key", n.key(), 200, false);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void text(List<Violation> v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(new Violation(field, "必须填写"));
            }
        } else if (value.length() > max) {
            v.add(new Violation(field, "最长 " + max + " 个字符"));
        }
    }

    @Override
    public Page<Notice> inbox(Actor actor, boolean unreadOnly, PageRequest page) {
        PageRequest p = page == null ? PageRequest.first() : page;
        List<String> keys = keys(actor);
        String where = " WHERE n.recipientKey IN :keys" + (unreadOnly ? " AND n.readAt IS NULL" : "");
        return tx.read(em -> {
            JpqlPage<NoticeEntity> found = JpqlPage.of(em, NoticeEntity.class, "NoticeEntity n", where,
                    "n.createdAt DESC, n.id DESC", Map.of("keys", keys), p.offset(), p.limit());
            return new Page<>(found.rows().stream().map(JpaNoticeService::view).toList(), found.total(), p.limit(),
                    p.offset());
        });
    }

    @Override
    public Notice markRead(long id, Actor actor) {
        List<String> keys = keys(actor);
        return tx.required(em -> {
            NoticeEntity n = em.find(NoticeEntity.class, id);
            if (n == null || !keys.contains(n.recipientKey)) {
                throw new NotFoundException("收件箱中没有编号为 " + id + " 的提醒");
            }
            if (n.readAt == null) {
                n.readAt = clock.localNow();
                em.flush();
            }
            return view(n);
        });
    }

    private static List<String> keys(Actor actor) {
        List<String> keys = new ArrayList<>();
        keys.add(userKey(actor.username()));
        actor.roles().stream().sorted().map(JpaNoticeService::roleKey).forEach(keys::add);
        return keys;
    }

    static Notice view(NoticeEntity n) {
        return new Notice(n.id, n.recipient, n.role, n.kind, n.title, n.body, n.caseId, n.caseNumber, n.nodeId,
                n.createdAt, n.readAt);
    }
}
