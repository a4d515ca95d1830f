package com.paylyt.server.cli;

import com.paylyt.server.config.DataDirectories;
import com.paylyt.server.db.Database;
import com.paylyt.server.ledger.LedgerVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paylyt-server verify-ledger}: checks the books of a data dir and exits non-zero on any inconsistency. */
@Command(name = "verify-ledger", mixinStandardHelpOptions = true,
        description = {"Checks that every ledger transaction balances per asset, that no user balance is negative"
                + " and that every job's escrow matches its status.",
                "Applies pending database migrations first, as the server does at start.",
                "Exit status: 0 when the books are consistent, 1 when an inconsistency is found, 2 when the"
                        + " database is missing."})
public final class VerifyLedgerCommand implements Callable<Integer> {

    static final int CONSISTENT = 0;
    static final int INCONSISTENT = 1;
    static final int NO_DATABASE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "${env:PAYLYT_DATA_DIR}",
            description = "Folder that contains paylyt.db (env PAYLYT_DATA_DIR, default: the per-user"
                    + " application-data folder).")
    Path dataDir;

    @Override
    public Integer call() {
        Path dir = dataDir == null ? DataDirectories.defaultDataDir() : dataDir;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve(Database.FILE_NAME))) {
            err.println("No " + Database.FILE_NAME + " in " + dir + "; pass the server's --data-dir");
            return NO_DATABASE;
        }
        List<LedgerVerifier.Violation> violations;
        try (Database database = Database.open(dir)) {
            // One transaction, so that every check sees the same snapshot even while a server writes.
            violations = database.write(new LedgerVerifier()::verify);
        }
        if (violations.isEmpty()) {
            out.println("The ledger in " + dir + " is consistent");
            return CONSISTENT;
        }
        violations.forEach(violation -> err.println(violation));
        err.println(violations.size() + " inconsistencies found in " + dir);
        return INCONSISTENT;
    }
}
