/**
 * Merging duplicates into one record and undoing it: survivorship per field, related records re-pointed, the
 * merged record kept as a tombstone linked to the survivor, every step audited.
 */
package io.tenantcrm.core.merge;
