/**
 * Sign-in and access: OIDC login, groups to roles, htmx-aware session expiry, security
 * headers and the audit log. It depends on no other feature package; the others use it.
 */
package io.maciedashboard.security;
