package cn.ecc.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecc.web.internal.cases.CaseResource;
import cn.ecc.web.internal.openapi.OpenApiBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiBuilderTest {

    @Test
    @SuppressWarnings("unchecked")
    void describesTheResourcesOperationsParametersAndSchemas() {
        Map<String, Object> doc = new OpenApiBuilder("/api").add(CaseResource.class).add(HealthResource.class)
                .document("t", "1");
        Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
        assertThat(paths).containsKeys("/api/cases", "/api/cases/{id}", "/api/health");
        Map<String, Object> cases = (Map<String, Object>) paths.get("/api/cases");
        assertThat(cases).containsKeys("get", "post");
        Map<String, Object> post = (Map<String, Object>) cases.get("post");
        assertThat((Map<String, Object>) post.get("responses")).containsKey("201");
        assertThat(post.get("summary")).asString().contains("立案");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        assertThat(schemas).containsKeys("NewCase", "CaseDetail", "Party", "Page_CaseSummary");
        Map<String, Object> party = (Map<String, Object>) ((Map<String, Object>) schemas.get("Party")).get("properties");
        assertThat(party.get("kind")).asString().contains("PERSON", "ORGANISATION");
    }
}
