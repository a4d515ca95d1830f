package com.paylyt.server.ledger;

/** The movement with this kind and reference is already booked. */
public class DuplicateMovementException extends RuntimeException {

    public DuplicateMovementException(String kind, String reference) {
        super("Movement " + kind + "/" + reference + " is already booked");
    }
}
