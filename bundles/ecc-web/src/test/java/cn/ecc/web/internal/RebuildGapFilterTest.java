package cn.ecc.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RebuildGapFilterTest {

    @Test
    void recognisesOnlyCxfsHalfTornDownServer() {
        NullPointerException torn = new NullPointerException("Cannot invoke \"org.apache.cxf.transport.MessageObserver"
                + ".onMessage(org.apache.cxf.message.Message)\" because \"this.incomingObserver\" is null");
        assertThat(RebuildGapFilter.isTornDown(new javax.servlet.ServletException(torn))).isTrue();
        assertThat(RebuildGapFilter.isTornDown(new NullPointerException("something else"))).isFalse();
        assertThat(RebuildGapFilter.isTornDown(new IllegalStateException())).isFalse();
    }
}
