package com.paylyt.server.providers.lnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.paylyt.server.lightning.LightningException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LndTlsTest {

    private static final char[] PASSWORD = "test".toCharArray();

    @TempDir
    Path dir;

    private final MockWebServer lnd = new MockWebServer();

    @AfterEach
    void stopLnd() {
        lnd.close();
    }

    @Test
    void clientTrustsTheNodesSelfSignedCertificate() throws Exception {
        SelfSigned node = SelfSigned.generate();
        startHttps(node);
        lnd.enqueue(new MockResponse.Builder().body("{\"state\":\"OPEN\",\"amt_paid_sat\":\"0\"}").build());

        LndClient client = client(node.writePem(dir.resolve("tls.cert")));

        assertThat(client.lookupInvoice("00ff")).isPresent();
    }

    @Test
    void clientRejectsANodeWithAnotherCertificate() throws Exception {
        startHttps(SelfSigned.generate());
        Path otherCertificate = SelfSigned.generate().writePem(dir.resolve("other.cert"));

        LndClient client = client(otherCertificate);

        assertThatThrownBy(() -> client.lookupInvoice("00ff"))
                .isInstanceOf(LightningException.class)
                .hasMessageContaining("Cannot reach LND");
        assertThat(lnd.getRequestCount()).isZero();
    }

    @Test
    void fileWithoutCertificateIsRejected() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.cert"), "");

        assertThatThrownBy(() -> LndTls.trusting(empty)).isInstanceOf(IllegalStateException.class);
    }

    private void startHttps(SelfSigned certificate) throws Exception {
        lnd.useHttps(certificate.serverContext().getSocketFactory());
        lnd.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    private LndClient client(Path certificateFile) {
        return new LndClient("https://127.0.0.1:" + lnd.getPort() + "/", "0201", LndTls.trusting(certificateFile),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** A self-signed certificate for 127.0.0.1, like the one LND generates for itself. */
    private record SelfSigned(KeyPair keys, X509Certificate certificate) {

        static SelfSigned generate() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=lnd test node");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(
                    now.toEpochMilli()), Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)), name,
                    keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new SelfSigned(keys, certificate);
        }

        SSLContext serverContext() throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("lnd", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        }

        Path writePem(Path file) throws Exception {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return Files.writeString(file, pem);
        }
    }
}
