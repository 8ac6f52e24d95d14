package cn.ecc.core.internal.court;

import cn.ecc.api.court.Court;
import cn.ecc.api.court.CourtService;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The court's identity from configuration PID {@code ecc.court}; changes apply without a restart. */
@Component(configurationPid = "ecc.court")
@Designate(ocd = CourtConfig.class)
public class ConfiguredCourt implements CourtService {

    private static final Pattern COURT_CODE = Pattern.compile("[\\p{IsHan}]\\d{2,4}");

    private volatile Court court;

    @Activate
    public ConfiguredCourt(CourtConfig config) {
        modified(config);
    }

    @Modified
    void modified(CourtConfig config) {
        String code = config.code().strip();
        // a wrong code would be printed on every new case number: refuse to start instead
        if (!COURT_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("ecc.court code must be a province character and 2-4 digits, was: "
                    + code);
        }
        court = new Court(code, config.name().strip(), config.superiorCourt().strip());
    }

    @Override
    public Court court() {
        return court;
    }
}
