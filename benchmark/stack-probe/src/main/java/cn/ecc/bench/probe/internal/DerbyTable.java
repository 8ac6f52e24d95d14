package cn.ecc.bench.probe.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A row of Derby's own table catalogue: present in every database, so the probe needs no schema of its own. */
@Entity
@Table(name = "SYSTABLES", schema = "SYS")
public class DerbyTable {

    @Id
    @Column(name = "TABLEID")
    String id;

    @Column(name = "TABLENAME")
    String name;
}
