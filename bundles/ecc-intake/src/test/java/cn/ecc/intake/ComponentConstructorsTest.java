package cn.ecc.intake;

import cn.ecc.testing.ComponentConstructors;
import org.junit.jupiter.api.Test;

class ComponentConstructorsTest {

    @Test
    void scrCanTellTheConstructorsOfEveryComponentApart() {
        ComponentConstructors.assertUnambiguous();
    }
}
