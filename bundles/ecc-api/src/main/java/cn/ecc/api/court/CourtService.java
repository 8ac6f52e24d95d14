package cn.ecc.api.court;

import org.osgi.annotation.versioning.ProviderType;

/** The court's identity, from configuration PID {@code ecc.court}. */
@ProviderType
public interface CourtService {

    Court court();
}
