package cn.ecc.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;

class TransactionsTest {

    /** Aries' template as seen from outside: failures wrapped, Mandatory refused outside a transaction. */
    private static final class Template implements JpaTemplate {
        final boolean insideCallersTransaction;
        final List<RuntimeException> failures;
        int runs;

        Template(boolean insideCallersTransaction, RuntimeException... failures) {
            this.insideCallersTransaction = insideCallersTransaction;
            this.failures = new ArrayList<>(List.of(failures));
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            if (type == TransactionType.Mandatory) {
                if (!insideCallersTransaction) {
                    throw new RuntimeException(new IllegalStateException("no transaction"));
                }
                return code.apply(null);
            }
            runs++;
            if (!failures.isEmpty()) {
                throw new RuntimeException(failures.remove(0));
            }
            return code.apply(null);
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }

    private static RuntimeException conflict(String sqlState) {
        return new RuntimeException("Exception [EclipseLink-4002]",
                new SQLTransactionRollbackException("A lock could not be obtained within the time requested", sqlState));
    }

    @Test
    void aTransactionThatMetAConcurrentOneIsRunAgain() {
        Template jpa = new Template(false, conflict("40XL1"), conflict("40001"));
        String answer = new Transactions(jpa).required(em -> "filed");
        assertThat(answer).isEqualTo("filed");
        assertThat(jpa.runs).isEqualTo(3);
    }

    @Test
    void givesUpAfterThreeTries() {
        Template jpa = new Template(false, conflict("40XL1"), conflict("40XL1"), conflict("40XL1"), conflict("40XL1"));
        assertThatThrownBy(() -> new Transactions(jpa).required(em -> "filed")).hasRootCauseInstanceOf(SQLException.class);
        assertThat(jpa.runs).isEqualTo(Transactions.ATTEMPTS);
    }

    @Test
    void workInsideACallersTransactionIsLeftToTheOutermostCall() {
        Template jpa = new Template(true, conflict("40XL1"));
        assertThatThrownBy(() -> new Transactions(jpa).required(em -> "filed")).hasRootCauseInstanceOf(SQLException.class);
        assertThat(jpa.runs).isEqualTo(1);
    }

    @Test
    void otherFailuresAreNotRepeated() {
        Template jpa = new Template(false, new RuntimeException(new SQLException("duplicate key", "23505")));
        assertThatThrownBy(() -> new Transactions(jpa).required(em -> "filed")).hasRootCauseInstanceOf(SQLException.class);
        assertThat(jpa.runs).isEqualTo(1);
        assertThat(Transactions.isTransientConflict(conflict("40XL1"))).isTrue();
        assertThat(Transactions.isTransientConflict(new RuntimeException("no SQL"))).isFalse();
    }
}
