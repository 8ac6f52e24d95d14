package cn.ecc.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.util.UUID;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * Data survives a restart: each test method boots its own container (a new JVM) on the same Derby
 * database files, in order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT extends EccTestSupport {

    /** Chosen once in the test driver, so that both containers open the same database. */
    private static final File DATABASE = new File(System.getProperty("ecc.itest.work", "target/exam"),
            "restart-db-" + UUID.randomUUID());

    @Override
    protected Option[] extraOptions() {
        return new Option[] {editConfigurationFilePut("etc/org.ops4j.datasource-ecc.cfg", "databaseName",
                DATABASE.getAbsolutePath())};
    }

    @Test
    public void a_fileTwoCases() {
        assertEquals(201, http.post("/api/cases", CasesIT.CASE).status());
        assertEquals(201, http.post("/api/cases", CasesIT.CASE.replace("\"FIRST\"", "\"PRESERVATION\"")).status());
    }

    @Test
    public void b_afterARestartTheCasesAreThereAndNumberingContinues() {
        JsonNode all = http.get("/api/cases").json();
        assertEquals(all.toString(), 2, all.get("total").asLong());
        String next = http.post("/api/cases", CasesIT.CASE).json().get("number").asText();
        assertEquals(true, next.endsWith("执2号"));
    }
}
