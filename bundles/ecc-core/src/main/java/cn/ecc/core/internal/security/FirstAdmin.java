package cn.ecc.core.internal.security;

import cn.ecc.api.common.ConflictException;
import cn.ecc.api.common.InvalidInputException;
import cn.ecc.api.security.Actor;
import cn.ecc.api.security.NewStaffMember;
import cn.ecc.api.security.Roles;
import cn.ecc.api.security.StaffAdmin;
import cn.ecc.api.security.StaffDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start (no administrator yet) creates the account {@code admin}: with the password from the
 * environment variable {@value #ENV} when it is set, otherwise with a random one written once to
 * {@code ${karaf.data}/ecc/initial-admin-password}, readable by its owner only. The log names the file,
 * never the password. There is no default password anywhere.
 */
@Component(immediate = true)
public class FirstAdmin {

    static final String ENV = "ECC_ADMIN_PASSWORD";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    @Activate
    public FirstAdmin(@Reference StaffAdmin admin, @Reference StaffDirectory staff, BundleContext context) {
        this(admin, staff, InitialPassword.file(context.getProperty("karaf.data")), System::getenv);
    }

    FirstAdmin(StaffAdmin admin, StaffDirectory staff, Path file, Function<String, String> env) {
        if (!staff.withRole(Roles.ADMIN).isEmpty() || staff.find(InitialPassword.FIRST_ADMIN).isPresent()) {
            return;
        }
        NewStaffMember first = new NewStaffMember(InitialPassword.FIRST_ADMIN, "系统管理员", null, Set.of(Roles.ADMIN));
        String given = env.apply(ENV);
        if (given != null && !given.isEmpty()) {
            try {
                admin.add(first, given, Actor.system());
                LOG.info("Created the first administrator account 'admin' with the password from {}", ENV);
                return;
            } catch (ConflictException e) {
                return;
            } catch (InvalidInputException e) {
                LOG.error("{} does not meet the password rules ({}); using a generated password instead", ENV,
                        e.violations().get(0).message());
            }
        }
        String password = admin.generatePassword();
        if (file == null) {
            LOG.warn("No data folder to write the first administrator's password to: not creating 'admin'");
            return;
        }
        // the file first: an account whose password nobody can read would lock the court out
        write(file, password);
        try {
            admin.add(first, password, Actor.system());
        } catch (RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof ConflictException) {
                // another instance sharing the database created it a moment ago
                return;
            }
            throw e;
        }
        LOG.warn("Created the first administrator account 'admin'. Its password is in {} (readable by this"
                + " user only); log in and change it (ecc:password-reset or POST /api/me/password): the file is"
                + " deleted then", file);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }

    static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Files.deleteIfExists(file);
            EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (SeekableByteChannel out = posix
                    ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")))
                    : Files.newByteChannel(file, options)) {
                out.write(ByteBuffer.wrap((password + System.lineSeparator()).getBytes(StandardCharsets.UTF_8)));
            }
            if (!posix) {
                java.io.File f = file.toFile();
                f.setReadable(false, false);
                f.setReadable(true, true);
                f.setWritable(false, false);
                f.setWritable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator's password to " + file, e);
        }
    }
}
