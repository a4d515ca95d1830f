package com.paylyt.server.db;

import java.sql.SQLException;

/** A database operation failed for a reason the caller cannot fix by changing its input. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String message, SQLException cause) {
        super(message, cause);
    }
}
