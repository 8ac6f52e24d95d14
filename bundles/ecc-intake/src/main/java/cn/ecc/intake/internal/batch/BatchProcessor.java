package cn.ecc.intake.internal.batch;

import cn.ecc.api.audit.AuditEntry;
import cn.ecc.api.audit.AuditTrail;
import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.CaseService;
import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.EccException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.common.Page;
import cn.ecc.api.common.PageRequest;
import cn.ecc.api.docs.DocumentService;
import cn.ecc.api.docs.SpreadsheetFormat;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.Permissions;
import cn.ecc.api.security.StaffDirectory;
import cn.ecc.api.time.EccClock;
import cn.ecc.intake.internal.IntakeService;
import cn.ecc.intake.internal.batch.BatchView.RowView;
import cn.ecc.intake.internal.batch.RowMapper.Issue;
import cn.ecc.intake.internal.batch.RowMapper.Mapped;
import cn.ecc.persistence.JpqlPage;
import cn.ecc.persistence.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports spreadsheets of filed cases. A batch is checked whole first (every row, every column: the report
 * names row, column and problem), then its valid rows are filed one by one, each in its own transaction;
 * invalid rows are not filed. The filing division's reference makes it idempotent: a row whose reference
 * is already filed is reported, not filed again, so re-sending a file (or resuming an interrupted batch
 * after a restart or a bundle update) files nothing twice. Files stream from disk; one batch runs at a time.
 */
@Component(service = BatchProcessor.class)
public class BatchProcessor {

    /** The largest spreadsheet accepted (REST bodies and local files alike). */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);
    private static final int FLUSH_EVERY = 200;

    private final Transactions tx;
    private final IntakeService intake;
    private final CaseService cases;
    private final DocumentService documents;
    private final StaffDirectory staff;
    private final EccClock clock;
    private final AuditTrail audit;
    private final Path uploads;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ecc-intake-batch");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CompletableFuture<Void>> running = new ConcurrentHashMap<>();

    @Activate
    public BatchProcessor(@Reference(target = "(osgi.unit.name=ecc-intake)") JpaTemplate jpa,
            @Reference IntakeService intake, @Reference CaseService cases, @Reference DocumentService documents,
            @Reference StaffDirectory staff, @Reference EccClock clock, @Reference AuditTrail audit,
            BundleContext context) throws IOException {
        this.tx = new Transactions(jpa);
        this.intake = intake;
        this.cases = cases;
        this.documents = documents;
        this.staff = staff;
        this.clock = clock;
        this.audit = audit;
        String data = context.getProperty("karaf.data");
        this.uploads = Path.of(data == null ? "data" : data, "ecc", "intake", "uploads");
        Files.createDirectories(uploads);
        resumeUnfinished();
    }

    @Deactivate
    void stop() throws InterruptedException {
        // an interrupted batch stays unfinished and resumes when the bundle comes back
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Stores an upload, queues its batch and answers it; the work goes on in the background. */
    public BatchView upload(InputStream body, String fileName, SpreadsheetFormat format, Actor actor) {
        actor.require(Permissions.CASE_CREATE);
        String name = fileName == null || fileName.isBlank() ? "upload." + format.name().toLowerCase() : fileName.strip();
        Path temp = uploads.resolve("incoming-" + UUID.randomUUID());
        try {
            String sha256 = copy(body, temp);
            BatchEntity batch = tx.required(em -> {
                BatchEntity b = new BatchEntity(name.length() > 255 ? name.substring(0, 255) : name, format.name(),
                        sha256, actor.username(), clock.now());
                em.persist(b);
                em.flush();
                audit.record(new AuditEntry(actor.username(), "intake.batch.upload", "intake-batch",
                        Long.toString(b.getId()), null, Map.of(), Map.of("file", b.getFileName(), "sha256", sha256)));
                return b;
            });
            Files.move(temp, file(batch), StandardCopyOption.ATOMIC_MOVE);
            submit(batch.getId());
            return view(batch.getId(), actor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("Could not remove {}", temp, e);
            }
        }
    }

    private static String copy(InputStream body, Path target) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        try (InputStream in = new DigestInputStream(body, sha); OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0;) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw InvalidInputException.of("file", "文件超过 " + MAX_FILE_BYTES / 1024 / 1024 + " MB 的上限，请分批导入");
                }
                out.write(buf, 0, n);
            }
        }
        if (total == 0) {
            throw InvalidInputException.of("file", "文件为空");
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private Path file(BatchEntity b) {
        return uploads.resolve(b.getId() + "." + b.getFormat().toLowerCase());
    }

    /** Waits up to the time given for the batch to finish, then answers it as it is. */
    public BatchView await(long batchId, long seconds, Actor actor) {
        CompletableFuture<Void> job = running.get(batchId);
        if (job != null && seconds > 0) {
            try {
                job.get(Math.min(seconds, 300), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // not finished yet: the answer says how far it is
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.debug("Batch {} ended with a failure", batchId, e);
            }
        }
        return view(batchId, actor);
    }

    public BatchView view(long batchId, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return tx.read(em -> {
            BatchEntity b = em.find(BatchEntity.class, batchId);
            if (b == null) {
                throw new NotFoundException("导入批次不存在（编号 " + batchId + "）");
            }
            List<RowView> problems = em.createQuery("SELECT r FROM BatchRowEntity r WHERE r.batchId = :id AND r.outcome IN "
                    + "(cn.ecc.intake.internal.batch.RowOutcome.INVALID, cn.ecc.intake.internal.batch.RowOutcome.FAILED) "
                    + "ORDER BY r.row, r.id", BatchRowEntity.class).setParameter("id", batchId).setMaxResults(100)
                    .getResultList().stream().map(BatchProcessor::row).toList();
            return view(b, problems);
        });
    }

    private static BatchView view(BatchEntity b, List<RowView> problems) {
        return new BatchView(b.getId(), b.getFileName(), b.getFormat(), b.getStatus(), BatchView.label(b.getStatus()),
                b.getTotalRows(), b.getCheckedRows(), b.getInvalidRows(), b.getProcessedRows(), b.getFiledRows(),
                b.getDuplicateRows(), b.getFailedRows(), BatchView.percent(b), b.getMessage(), b.getCreatedBy(),
                b.getCreatedAt(), b.getFinishedAt(), problems);
    }

    /** The batch's report, page by page, optionally one outcome only. */
    public Page<RowView> rows(long batchId, RowOutcome outcome, PageRequest page, Actor actor) {
        view(batchId, actor);
        String where = " WHERE r.batchId = :id" + (outcome == null ? "" : " AND r.outcome = :outcome");
        Map<String, Object> params = new HashMap<>();
        params.put("id", batchId);
        if (outcome != null) {
            params.put("outcome", outcome);
        }
        return tx.read(em -> {
            JpqlPage<BatchRowEntity> found = JpqlPage.of(em, BatchRowEntity.class, "BatchRowEntity r", where,
                    "r.row, r.id", params, page.offset(), page.limit());
            return new Page<>(found.rows().stream().map(BatchProcessor::row).toList(), found.total(), page.limit(),
                    page.offset());
        });
    }

    public Page<BatchView> batches(PageRequest page, Actor actor) {
        actor.require(Permissions.CASE_READ);
        return tx.read(em -> {
            JpqlPage<BatchEntity> found = JpqlPage.of(em, BatchEntity.class, "BatchEntity b", "", "b.id DESC",
                    Map.of(), page.offset(), page.limit());
            return new Page<>(found.rows().stream().map(b -> view(b, List.of())).toList(), found.total(),
                    page.limit(), page.offset());
        });
    }

    private static RowView row(BatchRowEntity r) {
        return new RowView(r.getRow(), r.getFilingReference(), r.getOutcome(), r.getColumn(), r.getMessage(),
                r.getCaseId(), r.getCaseNumber());
    }

    private void resumeUnfinished() {
        List<Long> unfinished = tx.read(em -> em.createQuery("SELECT b.id FROM BatchEntity b WHERE b.status IN "
                + "(cn.ecc.intake.internal.batch.BatchStatus.QUEUED, cn.ecc.intake.internal.batch.BatchStatus.CHECKING, "
                + "cn.ecc.intake.internal.batch.BatchStatus.FILING) ORDER BY b.id", Long.class).getResultList());
        for (Long id : unfinished) {
            LOG.info("Resuming intake batch {}", id);
            submit(id);
        }
    }

    private void submit(long batchId) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        running.put(batchId, done);
        worker.execute(() -> {
            try {
                process(batchId);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                running.remove(batchId);
            }
        });
    }

    /** Thrown inside a read to stop it: the batch was interrupted (the bundle is stopping). */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private void process(long batchId) {
        BatchEntity batch = tx.read(em -> em.find(BatchEntity.class, batchId));
        Path file = file(batch);
        SpreadsheetFormat format = SpreadsheetFormat.valueOf(batch.getFormat());
        Optional<Actor> uploader = staff.actor(batch.getCreatedBy());
        if (uploader.isEmpty() || !Files.isRegularFile(file)) {
            finish(batchId, BatchStatus.FAILED, new BatchCounters(),
                    uploader.isEmpty() ? "上传人账户已停用，批次无法继续" : "上传的文件已不存在，请重新上传");
            return;
        }
        Actor actor = uploader.get();
        // a resumed batch starts its report afresh; what it filed before is recognised as its own
        tx.required(em -> em.createQuery("DELETE FROM BatchRowEntity r WHERE r.batchId = :id")
                .setParameter("id", batchId).executeUpdate());
        BatchCounters counters = new BatchCounters();
        try {
            Checked checked = check(batchId, file, format, counters);
            if (checked == null) {
                return;
            }
            fileValidRows(batchId, file, format, checked, counters, actor);
            finish(batchId, BatchStatus.DONE, counters, summary(counters));
        } catch (Stopped e) {
            LOG.info("Intake batch {} interrupted at {} of {} rows; it resumes when the area starts again", batchId,
                    counters.processed, counters.total);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Intake batch {} failed (reference {})", batchId, reference, e);
            finish(batchId, BatchStatus.FAILED, counters, "处理中断（参考编号 " + reference
                    + "）。已立案的行保持有效，重新上传同一文件可继续完成，不会重复立案");
        }
    }

    /** The first pass: the header and the rows that can be filed. */
    private record Checked(Header header, BitSet valid) {
    }

    private Checked check(long batchId, Path file, SpreadsheetFormat format, BatchCounters counters) {
        saveProgress(batchId, BatchStatus.CHECKING, counters);
        Header[] header = new Header[1];
        BitSet valid = new BitSet();
        Map<String, Integer> references = new HashMap<>();
        List<BatchRowEntity> pending = new ArrayList<>();
        long[] lastSave = {System.nanoTime()};
        try (InputStream in = Files.newInputStream(file)) {
            documents.read(in, format, (rowNumber, cells) -> {
                stopIfInterrupted();
                if (cells.stream().allMatch(String::isBlank)) {
                    return true;
                }
                if (header[0] == null) {
                    header[0] = Header.read(rowNumber, cells);
                    return true;
                }
                counters.total++;
                RowMapper mapper = new RowMapper(header[0], intake::resolveJudgeOrEmpty);
                Mapped mapped = mapper.map(cells);
                List<Issue> issues = new ArrayList<>(mapped.issues());
                List<String> flagged = issues.stream().map(Issue::column).toList();
                for (Issue i : mapper.onColumns(cases.check(mapped.input()))) {
                    if (!flagged.contains(i.column())) {
                        issues.add(i);
                    }
                }
                String ref = mapped.input().filingReference();
                if (ref != null) {
                    Integer first = references.putIfAbsent(ref, rowNumber);
                    if (first != null) {
                        issues.add(new Issue(header[0].text(Col.FILING_REFERENCE), "与第 " + first + " 行的立案部门编号重复"));
                    }
                }
                if (issues.isEmpty()) {
                    valid.set(rowNumber);
                } else {
                    counters.invalid++;
                    for (Issue i : issues) {
                        pending.add(new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.INVALID, i.column(),
                                i.message(), null, null));
                    }
                }
                counters.checked++;
                if (pending.size() >= FLUSH_EVERY || System.nanoTime() - lastSave[0] > 1_000_000_000L) {
                    persist(pending);
                    saveProgress(batchId, BatchStatus.CHECKING, counters);
                    lastSave[0] = System.nanoTime();
                }
                return true;
            });
        } catch (InvalidInputException e) {
            persist(pending);
            finish(batchId, BatchStatus.REJECTED, counters, e.violations().stream()
                    .map(v -> v.field() + "：" + v.message()).reduce((a, b) -> a + "；" + b).orElse("文件无法读取"));
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        persist(pending);
        if (header[0] == null) {
            finish(batchId, BatchStatus.REJECTED, counters, "文件中没有表头和数据");
            return null;
        }
        return new Checked(header[0], valid);
    }

    private void fileValidRows(long batchId, Path file, SpreadsheetFormat format, Checked checked,
            BatchCounters counters, Actor actor) {
        saveProgress(batchId, BatchStatus.FILING, counters);
        long[] lastSave = {System.nanoTime()};
        List<BatchRowEntity> pending = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            documents.read(in, format, (rowNumber, cells) -> {
                stopIfInterrupted();
                if (!checked.valid().get(rowNumber)) {
                    return true;
                }
                RowMapper mapper = new RowMapper(checked.header(), intake::resolveJudgeOrEmpty);
                Mapped mapped = mapper.map(cells);
                pending.add(fileRow(batchId, rowNumber, mapped, mapper, counters, actor));
                counters.processed++;
                if (pending.size() >= FLUSH_EVERY || System.nanoTime() - lastSave[0] > 1_000_000_000L) {
                    persist(pending);
                    saveProgress(batchId, BatchStatus.FILING, counters);
                    lastSave[0] = System.nanoTime();
                }
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            persist(pending);
        }
    }

    private BatchRowEntity fileRow(long batchId, int rowNumber, Mapped mapped, RowMapper mapper,
            BatchCounters counters, Actor actor) {
        String ref = mapped.input().filingReference();
        Optional<CaseDetail> existing = cases.findByFilingReference(ref, Actor.system());
        if (existing.isPresent()) {
            CaseDetail c = existing.get();
            if (intake.filedBy(c.id(), batchId)) {
                counters.filed++;
                return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.FILED, null, null, c.id(), c.number());
            }
            counters.duplicate++;
            return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.DUPLICATE, null,
                    "已于 " + c.filedOn() + " 立案为 " + c.number() + "，未重复立案", c.id(), c.number());
        }
        try {
            CaseDetail c = intake.file(mapped.input(), batchId, actor);
            counters.filed++;
            return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.FILED, null, null, c.id(), c.number());
        } catch (ConflictException e) {
            counters.duplicate++;
            return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.DUPLICATE, null, e.getMessage(), null, null);
        } catch (InvalidInputException e) {
            counters.failed++;
            List<Issue> issues = mapper.onColumns(e.violations());
            Issue first = issues.isEmpty() ? new Issue("", e.getMessage()) : issues.get(0);
            return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.FAILED, first.column(), first.message(),
                    null, null);
        } catch (EccException e) {
            counters.failed++;
            return new BatchRowEntity(batchId, rowNumber, ref, RowOutcome.FAILED, null, e.getMessage(), null, null);
        }
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Stopped();
        }
    }

    private void persist(List<BatchRowEntity> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<BatchRowEntity> copy = List.copyOf(rows);
        rows.clear();
        tx.required(em -> {
            copy.forEach(em::persist);
            return null;
        });
    }

    private void saveProgress(long batchId, BatchStatus status, BatchCounters counters) {
        tx.required(em -> {
            em.find(BatchEntity.class, batchId).progress(status, counters);
            return null;
        });
    }

    private void finish(long batchId, BatchStatus status, BatchCounters counters, String message) {
        Instant now = clock.now();
        tx.required(em -> {
            BatchEntity b = em.find(BatchEntity.class, batchId);
            b.progress(status, counters);
            b.finish(status, message, now);
            return null;
        });
    }

    private static String summary(BatchCounters c) {
        return "共 " + c.total + " 行：立案 " + c.filed + " 件，已立案未重复 " + c.duplicate + " 行，有误未立案 " + c.invalid
                + " 行" + (c.failed > 0 ? "，立案失败 " + c.failed + " 行" : "");
    }
}
