package cn.ecc.core.internal.cases;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.FilingParticipant;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.security.Actor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * The areas' filing participants, each one obtained from the service registry at the first filing after it
 * arrived, not when it is bound. A participant needs the area's own services, and these need the case service:
 * had the case service obtained its participants while it was being activated itself, SCR would have met that
 * circle and, depending on which component a start happened to build first, failed one of them for good (health
 * STARTING for ever). At the first filing every component involved is already built or can be.
 */
final class FilingParticipants {

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    void add(ComponentServiceObjects<FilingParticipant> objects) {
        entries.add(new Entry(objects, null));
    }

    /** A participant that is not a service (unit tests). */
    void add(FilingParticipant participant) {
        entries.add(new Entry(null, participant));
    }

    void remove(ComponentServiceObjects<FilingParticipant> objects) {
        for (Entry e : entries) {
            if (e.objects == objects) {
                entries.remove(e);
                e.release();
            }
        }
    }

    void clear() {
        entries.forEach(Entry::release);
        entries.clear();
    }

    /** Lets every participant record the case, in the caller's transaction. */
    void caseFiled(CaseDetail filed, NewCase input, Actor actor) {
        for (Entry e : entries) {
            FilingParticipant p = e.get();
            if (p != null) {
                p.caseFiled(filed, input, actor);
            }
        }
    }

    private static final class Entry {

        private final ComponentServiceObjects<FilingParticipant> objects;
        private FilingParticipant participant;
        /** Unbound: a filing that took the entry just before is not to bring the service back. */
        private boolean released;

        Entry(ComponentServiceObjects<FilingParticipant> objects, FilingParticipant participant) {
            this.objects = objects;
            this.participant = participant;
        }

        synchronized FilingParticipant get() {
            if (participant == null && objects != null && !released) {
                participant = objects.getService();
            }
            return participant;
        }

        synchronized void release() {
            if (objects != null && participant != null) {
                try {
                    objects.ungetService(participant);
                } catch (IllegalStateException | IllegalArgumentException gone) {
                    // the service went away with its bundle: nothing left to give back
                }
            }
            participant = null;
            released = true;
        }
    }
}
