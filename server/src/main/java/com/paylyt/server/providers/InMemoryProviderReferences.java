package com.paylyt.server.providers;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Provider references kept in memory; they are lost when the server stops. */
public final class InMemoryProviderReferences implements ProviderReferences {

    private final Map<String, String> references = new ConcurrentHashMap<>();

    @Override
    public void remember(String invoiceId, String providerReference) {
        references.put(invoiceId, providerReference);
    }

    @Override
    public Optional<String> find(String invoiceId) {
        return Optional.ofNullable(references.get(invoiceId));
    }
}
