/** Implementation details of incident handling (texts, locks); not API, may change without notice. */
package io.github.vncustoms.monitoring.internal.incident;
