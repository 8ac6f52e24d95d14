package cn.ecc.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestUriFilterTest {

    @Test
    void requestAddressesMustBeUris() {
        assertThat(RequestUriFilter.isValid("http://localhost:8181/api/cases/1")).isTrue();
        assertThat(RequestUriFilter.isValid("http://localhost:8181/api/cases/1\\..\\")).isFalse();
    }

    @Test
    void findsCxfsWadlParameterHoweverItIsWritten() {
        for (String query : new String[] {"_wadl", "_wadl=", "_wadl=true", "limit=1&_wadl", "%5Fwadl", "%5fwadl=1"}) {
            assertThat(RequestUriFilter.namesWadl(query)).as(query).isTrue();
        }
        for (String query : new String[] {null, "", "q=_wadl", "x_wadl", "_wadlx=1", "%5", "limit=1&offset=20"}) {
            assertThat(RequestUriFilter.namesWadl(query)).as(String.valueOf(query)).isFalse();
        }
    }
}
