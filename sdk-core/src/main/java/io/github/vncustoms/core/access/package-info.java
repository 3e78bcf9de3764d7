/**
 * Accounts, their lifecycle, access scopes and disclosure approvals (ACC-01..04, STA-01, STA-08,
 * VAL-20, VAL-23).
 *
 * <ul>
 *   <li>{@link io.github.vncustoms.core.access.AccountService}: the lifecycle as a journaled state
 *       machine: requested with a signed commitment, issued, active once the password is changed
 *       (and the confirmation letter recorded where the system requires it), locked when the
 *       password was not changed within 30 days, closed on written request, removed. Passwords are
 *       kept only as Argon2id {@link io.github.vncustoms.core.access.PasswordHash}es.
 *   <li>{@link io.github.vncustoms.core.access.AccessPolicy}: how far an account sees
 *       ({@link io.github.vncustoms.core.access.AccessScope}: its own unit, its unit and the units
 *       below it, or everything), from its unit's level and its roles. Every module filters its
 *       queries through it and refuses direct reads outside scope with an
 *       {@link io.github.vncustoms.core.error.AccessDeniedException}; refusals are journaled.
 *   <li>{@link io.github.vncustoms.core.access.DisclosureGuard}: nothing leaves customs without a
 *       {@link io.github.vncustoms.core.access.DisclosureApproval} of headquarters leadership.
 * </ul>
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder(UnitDirectories.sample()).build();
 * UnitFilter visible = policy.unitFilter(account);      // for a store's query
 * policy.requireVisible(account, "01AB", "read declarations");
 * }</pre>
 */
package io.github.vncustoms.core.access;
