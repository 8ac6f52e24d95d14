package cn.ecc.api.nodes;

import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.Sheet;
import cn.ecc.api.security.Actor;
import java.time.LocalDate;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The warning scan and the node-warning ledger (regulation item 14). The scan marks nodes due soon and
 * overdue, tells the responsible person (and, when overdue, the chief) through their inboxes, and records
 * each overdue node in the ledger; no node is warned twice for the same state and deadline. It runs once at a
 * time across every instance that shares the database.
 */
@ProviderType
public interface NodeWarningService {

    /** Runs a scan now. Permission {@code node.manage}. */
    ScanResult scan(Actor actor);

    /**
     * The ledger: warnings whose deadline falls between {@code from} and {@code to} (inclusive; null for open
     * ends), newest deadline first. Permission {@code node.ledger.read}.
     *
     * @param state {@link NodeState#OVERDUE} (the ledger proper; also for null) or {@link NodeState#DUE_SOON}
     */
    Page<NodeWarning> ledger(LocalDate from, LocalDate to, NodeState state, PageRequest page, Actor actor);

    /** The ledger's overdue rows of the period as a sheet for export (XLSX). Permission {@code node.ledger.read}. */
    Sheet ledgerSheet(LocalDate from, LocalDate to, Actor actor);
}
