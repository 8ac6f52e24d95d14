package cn.ecc.web.internal.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Completing a node: the optional body is JSON or nothing. */
class CaseNodesResourceTest {

    /** The answer itself (415, node unchanged) needs the JAX-RS runtime: DeadlinesIT checks it over HTTP. */
    @Test
    void onlyJsonTypesAreJson() {
        assertThat(CaseNodesResource.isJson("application/json")).isTrue();
        assertThat(CaseNodesResource.isJson("Application/JSON; charset=utf-8")).isTrue();
        assertThat(CaseNodesResource.isJson("application/merge-patch+json")).isTrue();
        assertThat(CaseNodesResource.isJson("application/+json")).isFalse();
        assertThat(CaseNodesResource.isJson("application/*")).isFalse();
        assertThat(CaseNodesResource.isJson("*/*")).isFalse();
        for (String type : new String[] {"text/plain; charset=UTF-8", "application/xml", "application/octet-stream",
            "application/x-www-form-urlencoded", "text/json", "application/jsonx", "application", "/", ";;;", "", null}) {
            assertThat(CaseNodesResource.isJson(type)).as(type).isFalse();
        }
    }
}
