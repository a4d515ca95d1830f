package com.paylyt.server.providers.lnd;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts exactly the certificates in one PEM file, such as LND's self-signed {@code tls.cert}, and no
 * public certificate authority. Host names are still checked against the certificate.
 */
public final class LndTls {

    private final SSLContext sslContext;
    private final X509TrustManager trustManager;

    private LndTls(SSLContext sslContext, X509TrustManager trustManager) {
        this.sslContext = sslContext;
        this.trustManager = trustManager;
    }

    /**
     * Loads the certificates in {@code certificateFile}.
     *
     * @throws IllegalStateException when the file cannot be read or contains no certificate
     */
    public static LndTls trusting(Path certificateFile) {
        try (InputStream in = Files.newInputStream(certificateFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalStateException("No certificate in " + certificateFile);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("lnd-" + index++, certificate);
            }
            return fromKeyStore(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the LND TLS certificate from " + certificateFile, e);
        }
    }

    private static LndTls fromKeyStore(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        X509TrustManager trustManager = null;
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                trustManager = x509;
            }
        }
        if (trustManager == null) {
            throw new GeneralSecurityException("No X.509 trust manager available");
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustManager}, null);
        return new LndTls(context, trustManager);
    }

    public SSLContext sslContext() {
        return sslContext;
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }
}
