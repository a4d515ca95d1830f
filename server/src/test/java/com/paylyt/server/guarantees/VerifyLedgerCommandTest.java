package com.paylyt.server.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import com.paylyt.server.cli.ServerCommand;
import com.paylyt.server.support.Escrow;
import com.paylyt.server.support.TestServer;
import com.paylyt.server.support.Users;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyLedgerCommandTest {

    private final StringWriter errors = new StringWriter();

    private int verify(Path dataDir) {
        CommandLine command = new CommandLine(new ServerCommand());
        command.setErr(new PrintWriter(errors, true));
        command.setOut(new PrintWriter(new StringWriter(), true));
        return command.execute("verify-ledger", "--data-dir", dataDir.toString());
    }

    private static void tamper(Path dataDir, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("paylyt.db"));
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Path dataDirWithReleasedJob() {
        TestServer server = TestServer.start();
        Users.SignedIn client = Users.register(server.client(), "client");
        Users.SignedIn freelancer = Users.register(server.client(), "freelancer");
        Escrow.jobIn(server, client, freelancer, "released");
        Escrow.jobIn(server, client, freelancer, "funded");
        server.stopKeepingData();
        return server.dataDir();
    }

    @Test
    void consistentBooksPass() {
        assertThat(verify(dataDirWithReleasedJob())).as(errors.toString()).isZero();
    }

    @Test
    void unbalancedTransactionFails() throws Exception {
        Path dataDir = dataDirWithReleasedJob();
        tamper(dataDir, "UPDATE ledger_entries SET amount = amount + 1 WHERE id = (SELECT MAX(id) FROM ledger_entries)");

        assertThat(verify(dataDir)).isEqualTo(1);
        assertThat(errors.toString()).contains("unbalanced_transaction");
    }

    @Test
    void escrowNotMatchingTheJobFails() throws Exception {
        Path dataDir = dataDirWithReleasedJob();
        tamper(dataDir, "UPDATE jobs SET status = 'approved' WHERE status = 'released'");

        assertThat(verify(dataDir)).isEqualTo(1);
        assertThat(errors.toString()).contains("escrow_mismatch");
    }

    @Test
    void negativeUserBalanceFails() throws Exception {
        Path dataDir = dataDirWithReleasedJob();
        tamper(dataDir, "INSERT INTO ledger_transactions VALUES ('t1', 'test', 'r1', 'overdraft', '2030-01-01T00:00:00Z')");
        tamper(dataDir, "INSERT INTO ledger_entries (transaction_id, account, asset, amount) VALUES"
                + " ('t1', 'user:someone', 'SAT', -5), ('t1', 'exchange', 'SAT', 5)");

        assertThat(verify(dataDir)).isEqualTo(1);
        assertThat(errors.toString()).contains("negative_balance").contains("user:someone");
    }

    @Test
    void missingDatabaseIsReported(@TempDir Path empty) {
        assertThat(verify(empty)).isEqualTo(2);
        assertThat(errors.toString()).contains("paylyt.db");
    }
}
