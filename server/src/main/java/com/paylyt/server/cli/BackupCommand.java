package com.paylyt.server.cli;

import com.paylyt.server.config.DataDirectories;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paylyt-server backup}: copies the database of a data dir, also while the server runs. */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = ServerCommand.Version.class,
        description = {"Writes a consistent copy of the SQLite database with SQLite's online backup API.",
                "Safe while the server runs. The copy does not contain the secret files of the data dir"
                        + " (jwt-signing.key, webhook.secret, lightning-node.key): back those up once, apart."})
final class BackupCommand implements Callable<Integer> {

    static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", defaultValue = "${env:PAYLYT_DATA_DIR}",
            description = "Data dir of the server to back up (env PAYLYT_DATA_DIR, default: the per-user"
                    + " application-data folder).")
    Path dataDir;

    @Option(names = "--output", required = true, description = "File to write the copy to.")
    Path output;

    @Option(names = "--overwrite", description = "Replace the output file when it exists.")
    boolean overwrite;

    @Override
    public Integer call() {
        Path source = dataDir == null ? DataDirectories.defaultDataDir() : dataDir;
        try {
            DatabaseBackup.Result result = DatabaseBackup.run(source, output, overwrite);
            spec.commandLine().getOut().printf("Backed up %s to %s (%d bytes, integrity check ok)%n",
                    result.source(), result.output(), result.bytes());
            return 0;
        } catch (NoSuchFileException e) {
            return fail("Backup failed: " + e.getFile() + " not found (" + e.getReason()
                    + "); check --data-dir");
        } catch (FileAlreadyExistsException e) {
            return fail("Backup failed: " + e.getFile() + " already exists; " + e.getReason());
        } catch (IOException | SQLException e) {
            return fail("Backup of " + source + " to " + output + " failed: " + e.getMessage());
        }
    }

    private int fail(String message) {
        spec.commandLine().getErr().println(message);
        return EXIT_FAILED;
    }
}
