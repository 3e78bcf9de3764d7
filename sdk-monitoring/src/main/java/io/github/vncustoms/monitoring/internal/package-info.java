/** Implementation details of sdk-monitoring; not API, may change without notice. */
package io.github.vncustoms.monitoring.internal;
