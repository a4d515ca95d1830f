package com.paylyt.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database of one PayLyt data dir, with its connection pool and its transactions.
 *
 * <p>SQLite allows one writer at a time. Writes are serialized by a lock in this JVM before they reach SQLite,
 * so that concurrent requests queue here instead of spinning in SQLite's busy handler, and every write
 * transaction starts with {@code BEGIN IMMEDIATE} so that a check and the update that depends on it cannot
 * be interleaved with another writer. Reads run concurrently on the pool (WAL mode).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "paylyt.db";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 8;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final HikariDataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<SqlWork<?>> joinedWork = new ThreadLocal<>();

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens (creating if needed) the database file in {@code dataDir} and applies pending migrations. */
    public static Database open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:sqlite:" + file);
        pool.setDataSourceProperties(sqliteSettings().toProperties());
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName("paylyt-sqlite");
        Database database = new Database(new HikariDataSource(pool));
        database.migrate();
        log.info("Opened database {}", file);
        return database;
    }

    /** Returns the settings every connection uses; benchmarks use the same ones for their baseline. */
    public static SQLiteConfig sqliteSettings() {
        SQLiteConfig settings = new SQLiteConfig();
        settings.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is on disk before the response is sent, so an acknowledged payment survives a crash.
        settings.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        settings.enforceForeignKeys(true);
        settings.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        settings.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return settings;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** Runs {@code work} in one write transaction: all of it commits, or none of it on any exception. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try (Connection connection = dataSource.getConnection()) {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw new DataAccessException("Database write failed", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Adds {@code extra} to the next write transaction that this thread runs: it runs after that write's own
     * work and commits with it, or rolls all of it back if it throws. Used to record an idempotency key together
     * with the work it guards. The request that set it must call {@link #clearJoinedWork} when it ends.
     */
    public void joinNextWrite(SqlWork<?> extra) {
        joinedWork.set(extra);
    }

    public void clearJoinedWork() {
        joinedWork.remove();
    }

    /** Runs {@code work} on a pooled connection in auto-commit mode; use for reads. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DataAccessException("Database read failed", e);
        }
    }

    private <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            SqlWork<?> extra = joinedWork.get();
            if (extra != null) {
                extra.run(connection);
            }
            connection.commit();
            joinedWork.remove();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
