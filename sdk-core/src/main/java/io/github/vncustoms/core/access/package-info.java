/**
 * Accounts and access scopes (ACC-01..04, STA-01, STA-08, VAL-20).
 *
 * <p>An {@link io.github.vncustoms.core.access.Account} belongs to a unit; an
 * {@link io.github.vncustoms.core.access.AccessPolicy} decides from the unit's level and the
 * account's roles how far it sees ({@link io.github.vncustoms.core.access.AccessScope}): its own
 * unit, its unit and the units below it, or everything. Every module filters its queries through
 * the policy and refuses direct reads outside scope with an
 * {@link io.github.vncustoms.core.error.AccessDeniedException}; refusals are journaled.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder(UnitDirectories.sample()).build();
 * UnitFilter visible = policy.unitFilter(account);      // for a store's query
 * policy.requireVisible(account, "01AB", "read declarations");
 * }</pre>
 */
package io.github.vncustoms.core.access;
