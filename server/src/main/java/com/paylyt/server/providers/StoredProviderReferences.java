package com.paylyt.server.providers;

import com.paylyt.server.db.Database;
import com.paylyt.server.invoices.InvoiceRepository;
import java.util.Optional;

/**
 * Provider references kept in the {@code provider_reference} column of the invoices table, so look-ups work
 * after a restart.
 *
 * <p>Providers call {@link #remember} while creating an invoice, before the server has inserted its row. That
 * call stores nothing, and the insert then writes the same reference from {@code CreatedInvoice}. A later call,
 * such as Bitnob's search by reference for an invoice stored without one, fills the column.
 */
public final class StoredProviderReferences implements ProviderReferences {

    private final Database database;
    private final InvoiceRepository invoices;

    public StoredProviderReferences(Database database, InvoiceRepository invoices) {
        this.database = database;
        this.invoices = invoices;
    }

    @Override
    public void remember(String invoiceId, String providerReference) {
        database.write(connection -> invoices.storeProviderReference(connection, invoiceId, providerReference));
    }

    @Override
    public Optional<String> find(String invoiceId) {
        return database.read(connection -> invoices.findProviderReference(connection, invoiceId))
                .filter(reference -> !reference.isEmpty());
    }
}
