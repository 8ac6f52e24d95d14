package cn.ecc.testing;

import cn.ecc.api.security.Actor;
import java.util.Set;

/** Actors for tests, with exactly the permissions a test names. */
public final class Actors {

    private Actors() {
    }

    public static Actor with(String username, String... permissions) {
        return new Actor(username, username, Set.of(), Set.of(permissions));
    }
}
