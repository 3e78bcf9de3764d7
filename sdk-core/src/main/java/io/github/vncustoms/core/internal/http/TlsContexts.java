package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the JDK's standard TLS machinery from key stores. Every trust decision stays with the JDK's
 * PKIX trust manager: nothing here can accept a certificate that does not chain to a trusted one.
 * Stateless.
 */
public final class TlsContexts {
    private TlsContexts() {}

    /**
     * Creates trust managers that trust exactly the certificates of a key store. The store is read
     * now; later changes to it have no effect.
     *
     * @param trustStore a loaded key store with at least one certificate
     * @return the trust managers
     * @throws ValidationException if the store is not loaded, holds no certificate, or cannot be read
     */
    public static TrustManager[] trustManagers(KeyStore trustStore) {
        try {
            boolean anyCertificate = false;
            for (String alias : Collections.list(trustStore.aliases())) {
                anyCertificate |= trustStore.getCertificate(alias) != null;
            }
            if (!anyCertificate) {
                throw new ValidationException("trustStore", "Trust store holds no certificate: expected the"
                        + " certificate(s) of the server or of the CA that issued it");
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore);
            return factory.getTrustManagers();
        } catch (KeyStoreException e) {
            throw new ValidationException("trustStore", "Trust store cannot be read (is it loaded?): " + e.getMessage(),
                    e);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("The JDK's default trust manager is not available", e);
        }
    }

    /**
     * Creates key managers that present the client certificate of a key store. The store is read now.
     *
     * @param keyStore a loaded key store with at least one private key and its certificate chain
     * @param password the password of the key entries
     * @return the key managers
     * @throws ValidationException if the store is not loaded, holds no key, or the password does not unlock it
     */
    public static KeyManager[] keyManagers(KeyStore keyStore, char[] password) {
        try {
            boolean anyKey = false;
            for (String alias : Collections.list(keyStore.aliases())) {
                anyKey |= keyStore.isKeyEntry(alias);
            }
            if (!anyKey) {
                throw new ValidationException("clientCertificate", "Key store holds no private key: expected a key"
                        + " entry with the client certificate chain");
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keyStore, password);
            return factory.getKeyManagers();
        } catch (KeyStoreException e) {
            throw new ValidationException("clientCertificate", "Key store cannot be read (is it loaded?): "
                    + e.getMessage(), e);
        } catch (UnrecoverableKeyException e) {
            throw new ValidationException("clientCertificate", "The password does not unlock the private key of the"
                    + " key store: expected the key entry's password", e);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("The JDK's default key manager is not available", e);
        }
    }

    /**
     * Creates a TLS context.
     *
     * @param trustManagers the trust managers, or {@code null} for the JDK's default CAs
     * @param keyManagers the key managers, or {@code null} for no client certificate
     * @return the context
     * @throws ConfigurationException if the JDK offers no TLS
     */
    public static SSLContext context(TrustManager[] trustManagers, KeyManager[] keyManagers) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("The JDK offers no TLS context", e);
        }
    }
}
