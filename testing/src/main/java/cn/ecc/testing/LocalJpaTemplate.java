package cn.ecc.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A resource-local stand-in for Aries' JTA template, on a fresh in-memory Derby database: the same
 * persistence unit classes, real SQL, real locks. Like Aries' template it wraps every failure in a
 * RuntimeException, so that code under test handles what it will meet in the container.
 */
public final class LocalJpaTemplate implements JpaTemplate, AutoCloseable {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    /**
     * @param persistenceXml the test's persistence descriptor (resource path), naming the unit
     * @param unit           the unit's name in it
     */
    public LocalJpaTemplate(String persistenceXml, String unit) {
        this(persistenceXml, unit, UUID.randomUUID().toString());
    }

    /**
     * On the in-memory database of that name, which outlives the template: a second template on the same name
     * finds what the first one left, as a restarted platform finds its database. The tables are made as in the
     * container, by the unit's own {@code cn.ecc.persistence.SchemaKeeper}.
     */
    public LocalJpaTemplate(String persistenceXml, String unit, String database) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.persistencexml", persistenceXml);
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("javax.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver");
        props.put("javax.persistence.jdbc.url", "jdbc:derby:memory:" + database + ";create=true");
        props.put("javax.persistence.jtaDataSource", "");
        props.put("eclipselink.logging.level", "WARNING");
        props.put("eclipselink.connection-pool.default.max", "32");
        this.emf = Persistence.createEntityManagerFactory(unit, props);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        EntityManager outer = current.get();
        if (outer == null && type == TransactionType.Mandatory) {
            // as Aries' template: Mandatory refuses to run outside a transaction
            throw new RuntimeException(new IllegalStateException("no transaction is active"));
        }
        boolean join = outer != null && type != TransactionType.RequiresNew;
        if (join) {
            try {
                return code.apply(outer);
            } catch (RuntimeException e) {
                throw new RuntimeException(e);
            }
        }
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction t = em.getTransaction();
        try {
            t.begin();
            R result = code.apply(em);
            t.commit();
            return result;
        } catch (RuntimeException e) {
            if (t.isActive()) {
                t.rollback();
            }
            throw new RuntimeException(e);
        } finally {
            em.close();
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        emf.close();
    }
}
