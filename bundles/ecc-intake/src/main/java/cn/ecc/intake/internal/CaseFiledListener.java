package cn.ecc.intake.internal;

import cn.ecc.api.common.NotFoundException;
import cn.ecc.api.events.EccTopics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cases filed without intake (the core's {@code POST /api/cases}, another system) still belong to a series
 * and get their documents: intake registers them when the core announces them.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + EccTopics.CASE_FILED)
public class CaseFiledListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFiledListener.class);

    private final IntakeService intake;

    @Activate
    public CaseFiledListener(@Reference IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(EccTopics.CASE_ID);
        if (id instanceof Long caseId) {
            try {
                intake.register(caseId);
            } catch (NotFoundException e) {
                LOG.debug("Case {} is gone before intake registered it", caseId);
            }
        }
    }
}
