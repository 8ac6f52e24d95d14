package cn.ecc.bench.probe.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads once when it starts, as an application's services read their state: the unit's login and first query. */
@Component(service = Catalogue.class, immediate = true)
public class Catalogue {

    private final long tables;

    @Activate
    public Catalogue(@Reference(target = "(osgi.unit.name=bench-probe)") JpaTemplate jpa) {
        tables = jpa.txExpr(TransactionType.Required,
                em -> em.createQuery("SELECT COUNT(t) FROM DerbyTable t", Long.class).getSingleResult());
    }

    long tables() {
        return tables;
    }
}
