package com.paylyt.server.cli;

import com.paylyt.server.PaylytServer;
import com.paylyt.server.ServerConfig;
import com.paylyt.server.config.DataDirectories;
import com.paylyt.server.providers.InvalidProviderSettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paylyt-server}: runs the PayLyt API until stopped. */
@Command(name = "paylyt-server", mixinStandardHelpOptions = true, versionProvider = ServerCommand.Version.class,
        description = "Runs the PayLyt escrow API on SQLite.",
        subcommands = {VerifyLedgerCommand.class, BackupCommand.class})
public final class ServerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:PAYLYT_PORT:-3000}",
            description = "TCP port to listen on; 0 picks a free one (env PAYLYT_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:PAYLYT_HOST:-127.0.0.1}",
            description = "Address to bind (env PAYLYT_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", defaultValue = "${env:PAYLYT_DATA_DIR}",
            description = "Folder for the database and secrets (env PAYLYT_DATA_DIR, default: the per-user"
                    + " application-data folder).")
    Path dataDir;

    @Option(names = "--lightning", defaultValue = "${env:PAYLYT_LIGHTNING:-simulated}",
            description = "Lightning provider: simulated, bitnob or lnd (env PAYLYT_LIGHTNING, default"
                    + " ${DEFAULT-VALUE}).")
    String lightning;

    @Option(names = "--webhook-secret", defaultValue = "${env:PAYLYT_WEBHOOK_SECRET}",
            description = "HMAC secret of payment webhooks (env PAYLYT_WEBHOOK_SECRET; default: generated once"
                    + " and kept in the data dir).")
    String webhookSecret;

    @Option(names = "--rates-file", defaultValue = "${env:PAYLYT_RATES_FILE}",
            description = "JSON rate table replacing the shipped one (env PAYLYT_RATES_FILE).")
    Path ratesFile;

    @Option(names = "--invoice-expiry", defaultValue = "${env:PAYLYT_INVOICE_EXPIRY:-900}",
            description = "Seconds until an invoice expires (default ${DEFAULT-VALUE}).")
    long invoiceExpirySeconds;

    @Option(names = "--token-lifetime", defaultValue = "${env:PAYLYT_TOKEN_LIFETIME:-86400}",
            description = "Seconds a sign-in token stays valid (default ${DEFAULT-VALUE}).")
    long tokenLifetimeSeconds;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new ServerCommand());
        commandLine.setExecutionExceptionHandler(ServerCommand::reportStartupError);
        System.exit(commandLine.execute(args));
    }

    /**
     * Prints a start-up failure as one line instead of a stack trace: an invalid provider setting, a port in use
     * or a data dir that another server has locked. Other failures keep their stack trace.
     */
    private static int reportStartupError(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed)
            throws Exception {
        if (!(e instanceof InvalidProviderSettingsException || e instanceof StartupException)) {
            throw e;
        }
        commandLine.getErr().println("paylyt-server: " + e.getMessage());
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** The server could not start for a reason the operator can fix. */
    static final class StartupException extends RuntimeException {
        StartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        // The JWT key comes from the environment only: a command-line argument would show in process lists.
        ServerConfig config = ServerConfig.defaults()
                .withHost(host)
                .withPort(port)
                .withDataDir(dataDir == null ? DataDirectories.defaultDataDir() : dataDir)
                .withLightning(lightning)
                .withSecrets(webhookSecret, System.getenv("PAYLYT_JWT_SECRET"))
                .withRatesFile(ratesFile)
                .withInvoiceExpiry(Duration.ofSeconds(invoiceExpirySeconds))
                .withTokenLifetime(Duration.ofSeconds(tokenLifetimeSeconds));
        PaylytServer server = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "paylyt-shutdown"));
        stopped.await();
        return 0;
    }

    private void checkOptions() {
        CommandLine commandLine = new CommandLine(this);
        if (invoiceExpirySeconds < 60 || tokenLifetimeSeconds < 60) {
            throw new CommandLine.ParameterException(commandLine,
                    "--invoice-expiry and --token-lifetime must be at least 60 seconds");
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(commandLine,
                    "--port must be from 0 to 65535 (0 picks a free port); got " + port);
        }
        if (!List.of("simulated", "bitnob", "lnd").contains(lightning)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--lightning must be simulated, bitnob or lnd; got '" + lightning + "'");
        }
        if (ratesFile != null && !Files.isRegularFile(ratesFile)) {
            throw new CommandLine.ParameterException(commandLine, "--rates-file " + ratesFile + " does not exist");
        }
    }

    private static PaylytServer start(ServerConfig config) {
        PaylytServer server;
        try {
            server = PaylytServer.create(config);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new StartupException(e.getMessage(), e);
        }
        try {
            return server.start();
        } catch (RuntimeException e) {
            server.stop();
            throw new StartupException("Cannot listen on " + config.host() + ":" + config.port()
                    + " (is another program using the port?): " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Reports the build's version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"paylyt-server " + PaylytServer.version()};
        }
    }
}
