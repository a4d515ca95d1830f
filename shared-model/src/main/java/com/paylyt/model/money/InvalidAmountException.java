package com.paylyt.model.money;

/** Thrown when an amount of money is malformed or outside the range the type allows. */
public class InvalidAmountException extends IllegalArgumentException {

    public InvalidAmountException(String message) {
        super(message);
    }
}
