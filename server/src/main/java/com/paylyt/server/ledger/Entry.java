package com.paylyt.server.ledger;

/**
 * One side of a money movement.
 *
 * @param amount signed, in the asset's unit: positive credits the account, negative debits it
 */
public record Entry(String account, String asset, long amount) {

    public static Entry credit(String account, String asset, long amount) {
        return new Entry(account, asset, amount);
    }

    public static Entry debit(String account, String asset, long amount) {
        return new Entry(account, asset, Math.negateExact(amount));
    }
}
