package io.github.vncustoms.core.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed certificates made at test time with the JDK's {@code keytool}, so that no key or
 * certificate is committed and none expires in the repository.
 */
final class TestCertificates {
    static final char[] PASSWORD = "test-only".toCharArray();

    private TestCertificates() {}

    /**
     * Generates one PKCS#12 key store per alias, each with an EC key and a self-signed certificate
     * whose subject alternative names are given; the keytool runs happen in parallel.
     *
     * @param dir where to write the stores
     * @param aliasAndSan pairs of alias and {@code keytool -ext SAN=} value
     * @return the loaded stores, in order
     */
    static List<KeyStore> generate(Path dir, String... aliasAndSan) throws IOException, InterruptedException,
            GeneralSecurityException {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<Process> processes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < aliasAndSan.length; i += 2) {
            String alias = aliasAndSan[i];
            Path file = dir.resolve(alias + ".p12");
            files.add(file);
            processes.add(new ProcessBuilder(keytool, "-genkeypair", "-alias", alias, "-keyalg", "EC",
                    "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=" + alias,
                    "-ext", "SAN=" + aliasAndSan[i + 1], "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass",
                    new String(PASSWORD), "-noprompt").redirectErrorStream(true).start());
        }
        List<KeyStore> stores = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(files.get(i))) {
                store.load(in, PASSWORD);
            }
            stores.add(store);
        }
        return stores;
    }

    /** A store holding only the certificate of a key store's entry: what a client would trust. */
    static KeyStore trustStoreOf(KeyStore keyStore) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        String alias = keyStore.aliases().nextElement();
        trust.setCertificateEntry(alias, keyStore.getCertificate(alias));
        return trust;
    }

    /** A server TLS context presenting the key store's certificate and trusting {@code clients}, if given. */
    static SSLContext serverContext(KeyStore keyStore, KeyStore clients) throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(clients);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), clients == null ? null : tmf.getTrustManagers(), null);
        return context;
    }
}
