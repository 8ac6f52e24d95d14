package cn.ecc.persistence;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a persistence unit's tables in step with its entities, when the unit is deployed, and touches the schema
 * only when the entities changed. Named in each unit's {@code persistence.xml} as its
 * {@code eclipselink.session-event-listener}, in place of {@code eclipselink.ddl-generation}.
 *
 * <p>EclipseLink's {@code create-or-extend-tables} re-ran the whole script at every deployment, that is at every
 * start and at every update of an area: each CREATE TABLE, unique constraint and foreign key was sent, refused by
 * the database as existing, and logged with its stack trace. This listener fingerprints the script the unit's
 * mappings describe (SHA-256 of EclipseLink's own DDL, written to a string and never sent) and looks the
 * fingerprint up in {@value #TABLE}; only when it is missing does it run the same create-or-extend
 * ({@link SchemaManager#extendDefaultTables}), add the indexes that leaves out, and record the fingerprint. A
 * fingerprint stays recorded for as long as the database lives, so the table is also the history of the schema's
 * versions. Deleting its rows makes the next start check every table again.
 */
public final class SchemaKeeper extends SessionEventAdapter {

    /** The fingerprints of the schemas that were applied to this database. */
    public static final String TABLE = "ECC_SCHEMA";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaKeeper.class);

    /** Instantiated by EclipseLink, once per deployment of a unit. */
    public SchemaKeeper() {
    }

    @Override
    public void postLogin(SessionEvent event) {
        Session session = event.getSession();
        if (session instanceof DatabaseSession db) {
            keep(db);
        }
    }

    /** Brings the unit's tables up to its entities unless this database has them already. */
    static void keep(DatabaseSession session) {
        String fingerprint = fingerprint(session);
        SchemaManager schema = new SchemaManager(session);
        TableDefinition history = history();
        if (!schema.checkTableExists(history, true)) {
            createHistory(schema, history);
        } else if (isRecorded(session, fingerprint)) {
            return;
        }
        String tables = tables(session);
        LOG.info("Bringing the tables of {} up to their entities (schema {})", tables, fingerprint.substring(0, 12));
        extendQuietly(session, schema);
        addMissingIndexes(session, schema);
        record(session, fingerprint, tables);
    }

    /**
     * EclipseLink's create-or-extend, with the unit's log set aside meanwhile for one that leaves out the database's
     * refusals to create what exists ({@link ExistingObjectsLog}). Nothing else logs through the unit's session
     * then: this runs while the unit logs in, before anyone has it.
     */
    private static void extendQuietly(DatabaseSession session, SchemaManager schema) {
        SessionLog unitLog = session.getSessionLog();
        ExistingObjectsLog quiet = new ExistingObjectsLog(unitLog);
        session.setSessionLog(quiet);
        try {
            schema.extendDefaultTables(true);
        } finally {
            session.setSessionLog(unitLog);
        }
        if (quiet.dropped() > 0) {
            LOG.info("The database had {} of the unit's tables and constraints already", quiet.dropped());
        }
    }

    /**
     * Creates the indexes the mappings name that the database does not have. EclipseLink's create-or-extend adds
     * missing tables and columns, but not an index named after its table was made, so a database of an earlier
     * version never got it (the case list's, for one, which spares a sort of every case). Present or not is told by
     * name, from the driver's metadata of the unit's tables.
     */
    private static void addMissingIndexes(DatabaseSession session, SchemaManager schema) {
        List<IndexDefinition> wanted = new DefaultTableGenerator(session.getProject(), true)
                .generateDefaultTableCreator().getTableDefinitions().stream()
                .flatMap(t -> t.getIndexes().stream()).toList();
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> present = indexNames(session, wanted.stream().map(IndexDefinition::getTargetTable).distinct()
                .toList());
        List<String> created = new ArrayList<>();
        for (IndexDefinition index : wanted) {
            if (present.contains(index.getName().toUpperCase(Locale.ROOT))) {
                continue;
            }
            try {
                schema.createObject(index);
                created.add(index.getName());
            } catch (RuntimeException e) {
                // another instance on the same database made it first
                if (!indexNames(session, List.of(index.getTargetTable())).contains(
                        index.getName().toUpperCase(Locale.ROOT))) {
                    throw e;
                }
            }
        }
        if (!created.isEmpty()) {
            LOG.info("Created the indexes {} that the tables did not have yet", created);
        }
    }

    /** The names of the indexes on these tables, upper case. */
    private static Set<String> indexNames(DatabaseSession session, List<String> tables) {
        Set<String> names = new HashSet<>();
        try (Connection c = session.getLogin().getConnector().connect(session.getLogin().getProperties(), session)) {
            DatabaseMetaData meta = c.getMetaData();
            for (String table : tables) {
                String stored = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT)
                        : meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
                try (ResultSet rs = meta.getIndexInfo(null, null, stored, false, true)) {
                    while (rs.next()) {
                        String name = rs.getString("INDEX_NAME");
                        if (name != null) {
                            names.add(name.toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the indexes of " + tables, e);
        }
        return names;
    }

    /** SHA-256 of the create script of the unit's tables, constraints and indexes. */
    static String fingerprint(DatabaseSession session) {
        SchemaManager writer = new SchemaManager(session);
        StringWriter ddl = new StringWriter();
        writer.outputCreateDDLToWriter(ddl);
        writer.createDefaultTables(true);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ddl.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The names of the unit's tables, for the record and the log. */
    static String tables(DatabaseSession session) {
        return session.getDescriptors().values().stream().map(ClassDescriptor::getTableNames)
                .flatMap(List<String>::stream).distinct().sorted().collect(Collectors.joining(","));
    }

    private static TableDefinition history() {
        TableDefinition t = new TableDefinition();
        t.setName(TABLE);
        t.addPrimaryKeyField("FINGERPRINT", String.class, 64);
        t.addField("TABLE_NAMES", String.class, 2000);
        t.addField("APPLIED_AT", Timestamp.class);
        return t;
    }

    private static void createHistory(SchemaManager schema, TableDefinition history) {
        try {
            schema.createObject(history);
        } catch (RuntimeException e) {
            // another instance on the same database created it first
            if (!schema.checkTableExists(history, true)) {
                throw e;
            }
        }
    }

    private static boolean isRecorded(DatabaseSession session, String fingerprint) {
        // the fingerprint is hex computed here, nothing from outside
        List<?> rows = session.executeSelectingCall(
                new SQLCall("SELECT FINGERPRINT FROM " + TABLE + " WHERE FINGERPRINT = '" + fingerprint + "'"));
        return !rows.isEmpty();
    }

    private static void record(DatabaseSession session, String fingerprint, String tables) {
        String names = tables.length() > 2000 ? tables.substring(0, 2000) : tables;
        try {
            session.executeNonSelectingCall(new SQLCall("INSERT INTO " + TABLE
                    + " (FINGERPRINT, TABLE_NAMES, APPLIED_AT) VALUES ('" + fingerprint + "', '" + names
                    + "', CURRENT_TIMESTAMP)"));
        } catch (RuntimeException e) {
            // another instance on the same database recorded it at the same moment
            if (!isRecorded(session, fingerprint)) {
                throw e;
            }
        }
    }
}
