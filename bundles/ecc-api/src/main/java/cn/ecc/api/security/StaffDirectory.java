package cn.ecc.api.security;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Who works in the bureau, read by every area (e.g. intake draws a handler among the active judges). */
@ProviderType
public interface StaffDirectory {

    Optional<StaffMember> find(String username);

    /** Active staff holding the role, ordered by username. */
    List<StaffMember> withRole(String role);

    /**
     * The actor for a staff member: their roles and the permissions those roles grant now. Empty for an
     * unknown or inactive username. Shell commands use it for the session's user.
     */
    Optional<Actor> actor(String username);
}
