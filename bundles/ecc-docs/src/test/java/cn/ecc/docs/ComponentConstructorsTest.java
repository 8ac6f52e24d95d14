package cn.ecc.docs;

import cn.ecc.testing.ComponentConstructors;
import org.junit.jupiter.api.Test;

class ComponentConstructorsTest {

    @Test
    void scrCanTellTheConstructorsOfEveryComponentApart() {
        ComponentConstructors.assertUnambiguous();
    }
}
