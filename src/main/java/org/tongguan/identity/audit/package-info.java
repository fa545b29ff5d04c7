/**
 * The security audit: the events identity records (logins, lockouts, token and key use, changes to users and
 * departments) and their stored entries, read by administrators.
 */
package org.tongguan.identity.audit;
