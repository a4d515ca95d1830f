package com.paylyt.server.db;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Recognizes SQLite errors that callers turn into answers. */
public final class SqlErrors {

    private SqlErrors() {
    }

    /** Returns whether {@code e} is a UNIQUE or PRIMARY KEY constraint violation. */
    public static boolean isUniqueViolation(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            return code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                    || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY;
        }
        return false;
    }
}
