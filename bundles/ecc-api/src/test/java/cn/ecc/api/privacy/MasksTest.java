package cn.ecc.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void masksIdNumbersPhonesAndAddresses() {
        assertThat(Masks.idNumber("411330199001011234")).isEqualTo("4113**********1234");
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.address("河南省桐柏县城关镇大同街18号")).isEqualTo("河南省桐柏县****");
        assertThat(Masks.idNumber("1234")).isEqualTo("****");
        assertThat(Masks.phone(null)).isNull();
    }
}
