package com.paylyt.server.ledger;

/**
 * Names of ledger accounts. A user's or a job's account holds several assets; the asset is a separate column.
 * Outside accounts (Lightning inbound, exchange, payouts) go negative as money enters the books.
 */
public final class Accounts {

    /** Sats received from the Lightning network. */
    public static final String LIGHTNING_INBOUND = "lightning:inbound";
    /** The counterparty of conversions, in both bitcoin and fiat. */
    public static final String EXCHANGE = "exchange";
    /** Fiat sent out to users' bank or mobile-money accounts. */
    public static final String PAYOUTS = "payouts";

    private Accounts() {
    }

    public static String user(String userId) {
        return "user:" + userId;
    }

    public static String escrow(String jobId) {
        return "escrow:" + jobId;
    }
}
