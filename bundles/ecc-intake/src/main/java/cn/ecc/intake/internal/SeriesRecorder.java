package cn.ecc.intake.internal;

import cn.ecc.api.cases.CaseDetail;
import cn.ecc.api.cases.FilingParticipant;
import cn.ecc.api.cases.NewCase;
import cn.ecc.api.security.Actor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Every filed case joins its series and gets its documents, whichever way it was filed (intake, a batch, the core's
 * {@code POST /api/cases}, another system): intake's record is written in the filing's own transaction, from the
 * parties as filed, so that the filing needs no second transaction, no second read of the parties and no audited
 * read of their ID numbers by the system. A case filed while intake was not installed gets its record when its
 * initial documents are recorded as sent ({@link IntakeService#register(long)}).
 */
@Component
public class SeriesRecorder implements FilingParticipant {

    private final IntakeService intake;

    @Activate
    public SeriesRecorder(@Reference IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void caseFiled(CaseDetail filed, NewCase input, Actor actor) {
        intake.record(filed, input);
    }
}
