package cn.ecc.core;

import cn.ecc.testing.ComponentConstructors;
import org.junit.jupiter.api.Test;

class ComponentConstructorsTest {

    @Test
    void scrCanTellTheConstructorsOfEveryComponentApart() {
        ComponentConstructors.assertUnambiguous();
    }
}
